/* The task-state segment (TSS).

   x86 was designed to switch tasks in hardware through TSSs; Skiff, like
   every modern kernel, switches threads in software and keeps a single TSS
   for one reason only: when the CPU goes from ring 3 to ring 0 (an
   interrupt, an exception or `int 0x30` in a user program), it must not
   keep using the user's stack, which the user controls. It loads the new
   stack pointer from the TSS fields ss0:esp0 instead. So esp0 must always
   point at the top of the running thread's kernel stack, which is the end
   of the page holding its struct thread. */
#include "userprog/tss.h"
#include <stdint.h>
#include "threads/gdt.h"
#include "threads/thread.h"
#include "threads/vaddr.h"

/* The layout the CPU defines (IA-32 manual, volume 3, "32-bit TSS").
   Only esp0, ss0 and iomap_base matter to Skiff; the rest belongs to the
   hardware task switching we never use. */
struct tss
  {
    uint16_t back_link, :16;
    void *esp0;                 /* Kernel stack pointer for ring 0. */
    uint16_t ss0, :16;          /* Kernel stack segment for ring 0. */
    void *esp1;
    uint16_t ss1, :16;
    void *esp2;
    uint16_t ss2, :16;
    uint32_t cr3;
    void (*eip) (void);
    uint32_t eflags;
    uint32_t eax, ecx, edx, ebx;
    uint32_t esp, ebp, esi, edi;
    uint16_t es, :16;
    uint16_t cs, :16;
    uint16_t ss, :16;
    uint16_t ds, :16;
    uint16_t fs, :16;
    uint16_t gs, :16;
    uint16_t ldt, :16;
    uint16_t trace, iomap_base;
  };

_Static_assert (sizeof (struct tss) == 104, "the CPU expects a 104-byte TSS");

static struct tss tss;

/* Fills in the TSS, installs its descriptor in the GDT and loads the task
   register so that the CPU knows where it is. */
void
tss_init (void)
{
  tss.ss0 = SEL_KDSEG;
  /* An I/O map offset past the end of the segment means "no I/O map":
     user programs may not touch any I/O port. */
  tss.iomap_base = sizeof tss;
  tss_update ();

  gdt_set_tss (&tss, sizeof tss);
  asm volatile ("ltr %w0" : : "r" (SEL_TSS));
}

/* Points esp0 at the top of the current thread's kernel stack. Called on
   every switch to a thread, since each thread has a kernel stack of its
   own. */
void
tss_update (void)
{
  tss.esp0 = (uint8_t *) thread_current () + PGSIZE;
}
