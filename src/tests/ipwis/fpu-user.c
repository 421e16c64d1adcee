/* User processes have FPU registers of their own: a child starts with a
   fresh state (x87 control word 0x037f, MXCSR 0x1f80) whatever its parent
   left in the registers, and what the child does to them (new values on
   the x87 stack, another rounding mode) never reaches its parent, whose
   x87 stack and MXCSR are as it left them when the child is done. User
   programs are built without floating point, so the registers are used
   here through asm only, and the compiler never touches them between. */
#include <stdint.h>
#include <string.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fpu-user";

#define MXCSR_TOWARD_ZERO 0x7f80
#define MXCSR_DOWN 0x3f80

static uint32_t
get_mxcsr (void)
{
  uint32_t mxcsr;
  asm volatile ("stmxcsr %0" : "=m" (mxcsr));
  return mxcsr;
}

static void
set_mxcsr (uint32_t mxcsr)
{
  asm volatile ("ldmxcsr %0" : : "m" (mxcsr));
}

static void
child (void)
{
  uint16_t control;
  asm volatile ("fnstcw %0" : "=m" (control));
  msg ("child: x87 control word %#06x, MXCSR %#06x", control, (unsigned) get_mxcsr ());
  asm volatile ("fldz; fldz; fldz");
  set_mxcsr (MXCSR_DOWN);
}

int
main (int argc, char *argv[] UNUSED)
{
  if (argc > 1)
    {
      child ();
      return 0;
    }
  msg ("begin");
  set_mxcsr (MXCSR_TOWARD_ZERO);
  asm volatile ("fld1; fldpi");
  run ("fpu-user child");
  double top, next;
  asm volatile ("fstpl %0; fstpl %1" : "=m" (top), "=m" (next));
  const double pi = 3.14159265358979323846, one = 1.0;
  msg ("parent: x87 stack %s, MXCSR %#06x",
       !memcmp (&top, &pi, sizeof pi) && !memcmp (&next, &one, sizeof one)
       ? "still pi, 1" : "CHANGED",
       (unsigned) get_mxcsr ());
  msg ("end");
  return 0;
}
