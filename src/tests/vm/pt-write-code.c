/* Writes to a code page that was never loaded: the fault brings the
   page in, then the write breaks its protection, and the process dies. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-write-code";

void
never_called (void)
{
  asm volatile (".fill 12288, 1, 0x90");
}

int
main (void)
{
  msg ("begin");
  *((volatile uint8_t *) never_called + 8192) = 0;
  fail ("should have died");
}
