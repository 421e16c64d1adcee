/* CPU exceptions.

   An exception is the CPU refusing to go on with an instruction: a
   division by zero, an access to an unmapped page, a privileged
   instruction in user mode, and so on. What it means depends on who ran
   the instruction:

   - a user program: the program is at fault, and only it may suffer. The
     kernel ends it with exit status -1, like an exit(-1) it did not ask
     for, and carries on;

   - the kernel: the kernel has a bug. Skiff never touches user memory
     through a user pointer (see uaccess.c), so even a page fault in the
     kernel is a bug, and the kernel panics with the CPU's registers. */
#include "userprog/exception.h"
#include <stddef.h>
#include <stdint.h>
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "userprog/process.h"
#ifdef SOLUTION_VM
#ifdef VM
#include "vm/page.h"
#endif
#endif

static void kill (struct intr_frame *);
static void page_fault (struct intr_frame *);

/* The exceptions a program raises on purpose, with int3, into and bound:
   allowed from ring 3 (DPL 3). */
static const uint8_t raised_by_program[] = { 3, 4, 5 };

/* The ones the CPU raises when a program's instruction fails. */
static const uint8_t raised_by_cpu[] = { 0, 1, 6, 11, 12, 13, 16, 17, 19 };

static void
register_each (const uint8_t *vectors, size_t count, int dpl)
{
  for (size_t i = 0; i < count; i++)
    intr_register_int (vectors[i], dpl, INTR_ON, kill, intr_name (vectors[i]));
}

/* Handles the exceptions that user code can cause, under the names the
   interrupt system gives them. Any exception not registered here cannot
   come from user code, and the interrupt system panics on it; #NM, a
   program's first use of the FPU, is threads/fpu.c's. */
void
exception_init (void)
{
  register_each (raised_by_program, sizeof raised_by_program, 3);
  register_each (raised_by_cpu, sizeof raised_by_cpu, 0);

  /* Interrupts stay off in the page-fault handler until it has read
     CR2, the faulting address, which the next page fault would replace. */
  intr_register_int (14, 0, INTR_OFF, page_fault, intr_name (14));
}

/* Ends the user program that caused exception F; panics if the kernel
   did. */
static void
kill (struct intr_frame *f)
{
  if (f->cs == SEL_UCSEG)
    process_terminate (-1);

  intr_dump_frame (f);
  PANIC ("%s in kernel code", intr_name (f->vec_no));
}

/* The page-fault error code's bit 0: clear when the page was not
   present, set when the access broke its protection. */
#define PF_PRESENT 0x1

/* A page fault: an access to an unmapped page, or a write to a
   read-only one, or a user access to a kernel page. */
static void
page_fault (struct intr_frame *f)
{
  void *fault_addr;
  asm volatile ("movl %%cr2, %0" : "=r" (fault_addr));
  if (f->cs == SEL_UCSEG)
    {
      intr_enable ();
#ifdef SOLUTION_VM
#ifdef VM
      /* A page that is only not loaded yet (or evicted, or stack still
         to grow) is brought in, and the instruction runs again. */
      if (!(f->error_code & PF_PRESENT) && page_fault_in (fault_addr, f->esp))
        return;
#endif
#else
      /* TODO (vm): a fault on a page the process may use but that is not
         in memory yet must bring it in; see doc/vm.md. */
#endif
      process_terminate (-1);
    }

  intr_dump_frame (f);
  PANIC ("page fault in kernel code at %p", fault_addr);
}
