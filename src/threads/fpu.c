/* The FPU for the threads that use it: x87, MMX and SSE registers, saved
   with FXSAVE and restored with FXRSTOR.

   Why lazily, and not on every switch: almost no kernel code uses floating
   point. The kernel is built with -mno-sse; only the files a phase lists
   in SSE_SOURCES (the WASM engine's float instructions, in the ipwis
   phase) and user programs that choose to may touch the FPU. Saving and
   restoring 512 bytes on every switch, for every thread, would tax all of
   them for the few that need it. So the CPU tells us when a thread needs
   its registers: with CR0.TS ("task switched") set, the first FPU or SSE
   instruction raises #NM, device not available.

   The registers hold the state of one thread at a time, the owner. A
   switch to any other thread sets TS; a switch back to the owner clears
   it. On #NM the handler saves the owner's registers into the owner's
   save area, loads the running thread's, and makes it the owner. A
   thread's save area is allocated at its first #NM, where it also gets a
   fresh state (FNINIT, and MXCSR's power-on value: every exception masked,
   round to nearest), so a thread that never uses the FPU costs nothing.

   Rules: no floating point in an interrupt handler (it has no thread of
   its own to charge), and kernel SSE code must be in SSE_SOURCES. */
#include "threads/fpu.h"
#include <debug.h>
#include <stdint.h>
#include <stdio.h>
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "threads/palloc.h"
#include "threads/thread.h"
#ifdef USERPROG
#include "userprog/process.h"
#endif

#define CR0_MP 0x00000002       /* WAIT obeys TS too. */
#define CR0_EM 0x00000004       /* No FPU: every FPU instruction traps. */
#define CR0_TS 0x00000008       /* Task switched: the next FPU use traps. */
#define CR0_NE 0x00000020       /* Report x87 errors as #MF, not IRQ 13. */
#define CR4_OSFXSR 0x00000200   /* We save with FXSAVE: SSE is allowed. */
#define CR4_OSXMMEXCPT 0x00000400       /* Unmasked SSE errors raise #XF. */

#define CPUID_FXSR (1u << 24)   /* CPUID leaf 1, EDX. */
#define CPUID_SSE (1u << 25)
#define CPUID_SSE2 (1u << 26)

#define MXCSR_DEFAULT 0x1f80

#define VEC_NM 7

static bool available;                  /* Has the CPU what we need? */
static struct thread *owner;            /* Whose state is in the registers. */

static intr_handler_func device_not_available;

static uint32_t
read_cr0 (void)
{
  uint32_t cr0;
  asm volatile ("movl %%cr0, %0" : "=r" (cr0));
  return cr0;
}

static void
write_cr0 (uint32_t cr0)
{
  asm volatile ("movl %0, %%cr0" : : "r" (cr0) : "memory");
}

static uint32_t
cpuid_features (void)
{
  uint32_t eax = 1, ebx, ecx, edx;
  asm volatile ("cpuid" : "+a" (eax), "=b" (ebx), "=c" (ecx), "=d" (edx));
  return edx;
}

/* Turns the FPU on, if the CPU has FXSAVE, SSE and SSE2, with TS set so
   that the first thread to use it asks for it. Without them every FPU
   instruction traps (CR0.EM) and the boot says so. */
void
fpu_init (void)
{
  uint32_t needed = CPUID_FXSR | CPUID_SSE | CPUID_SSE2;
  uint32_t features = cpuid_features ();
  available = (features & needed) == needed;
  intr_register_int (VEC_NM, 0, INTR_OFF, device_not_available,
                     "#NM Device Not Available");
  if (!available)
    {
      printf ("FPU: this CPU lacks FXSAVE, SSE or SSE2 (CPUID 1 EDX=%08x): "
              "floating point is off, and using it is an error.\n", features);
      write_cr0 (read_cr0 () | CR0_EM);
      return;
    }
  uint32_t cr4;
  asm volatile ("movl %%cr4, %0" : "=r" (cr4));
  asm volatile ("movl %0, %%cr4" : : "r" (cr4 | CR4_OSFXSR | CR4_OSXMMEXCPT));
  write_cr0 ((read_cr0 () & ~CR0_EM) | CR0_MP | CR0_NE | CR0_TS);
}

/* Whether fpu_init() found SSE2 and turned the FPU on. */
bool
fpu_available (void)
{
  return available;
}

/* Called on every switch, for the thread T switched to: the owner may use
   the registers at once, anyone else traps first. */
void
fpu_activate (struct thread *t)
{
  if (!available)
    return;
  uint32_t cr0 = read_cr0 ();
  uint32_t wanted = t == owner ? cr0 & ~CR0_TS : cr0 | CR0_TS;
  if (wanted != cr0)
    write_cr0 (wanted);
}

/* Forgets the FPU state of T, which is exiting, and frees its area. */
void
fpu_release (struct thread *t)
{
  enum intr_level old_level = intr_disable ();
  if (owner == t)
    owner = NULL;
  struct fpu_state *state = t->fpu;
  t->fpu = NULL;
  intr_set_level (old_level);
  if (state != NULL)
    palloc_free_page (state);
}

/* The thread of frame F cannot have the FPU: a user program ends with
   status -1, the kernel panics. */
static void NO_RETURN
refuse (struct intr_frame *f, const char *why)
{
#ifdef USERPROG
  if (f->cs == SEL_UCSEG)
    {
      intr_enable ();
      process_terminate (-1);
    }
#endif
  intr_dump_frame (f);
  PANIC ("floating point in %s: %s", thread_name (), why);
}

/* #NM: the running thread wants the FPU registers, which hold the owner's
   state (or nobody's). Runs with interrupts off, so no switch can come
   between the save and the load. */
static void
device_not_available (struct intr_frame *f)
{
  struct thread *t = thread_current ();
  if (intr_context ())
    PANIC ("floating point in an interrupt handler");
  if (!available)
    refuse (f, "this CPU has no SSE2, see the boot messages");
  ASSERT (t != owner);

  /* A page, because palloc's pages are aligned; FPU users are few. */
  bool fresh = t->fpu == NULL;
  if (fresh && (t->fpu = palloc_get_page (0)) == NULL)
    refuse (f, "no memory for its FPU registers");

  asm volatile ("clts");
  if (owner != NULL)
    asm volatile ("fxsave %0" : "=m" (*owner->fpu));
  if (fresh)
    {
      uint32_t mxcsr = MXCSR_DEFAULT;
      asm volatile ("fninit; ldmxcsr %0" : : "m" (mxcsr));
    }
  else
    asm volatile ("fxrstor %0" : : "m" (*t->fpu));
  owner = t;
}
