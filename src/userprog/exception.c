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
#include <stdint.h>
#include "threads/gdt.h"
#include "threads/interrupt.h"
#include "userprog/process.h"

static void kill (struct intr_frame *);
static void page_fault (struct intr_frame *);

/* Handles the exceptions that user code can cause. The ones a program
   raises on purpose, with int3, into and bound, are allowed from ring 3
   (DPL 3); the others come only from the CPU itself. Any exception not
   registered here cannot come from user code, and the interrupt system
   panics on it; #NM, a program's first use of the FPU, is threads/fpu.c's. */
void
exception_init (void)
{
  intr_register_int (3, 3, INTR_ON, kill, "#BP Breakpoint");
  intr_register_int (4, 3, INTR_ON, kill, "#OF Overflow");
  intr_register_int (5, 3, INTR_ON, kill, "#BR BOUND Range Exceeded");

  intr_register_int (0, 0, INTR_ON, kill, "#DE Divide Error");
  intr_register_int (1, 0, INTR_ON, kill, "#DB Debug");
  intr_register_int (6, 0, INTR_ON, kill, "#UD Invalid Opcode");
  intr_register_int (11, 0, INTR_ON, kill, "#NP Segment Not Present");
  intr_register_int (12, 0, INTR_ON, kill, "#SS Stack Fault");
  intr_register_int (13, 0, INTR_ON, kill, "#GP General Protection");
  intr_register_int (16, 0, INTR_ON, kill, "#MF x87 Floating-Point Error");
  intr_register_int (17, 0, INTR_ON, kill, "#AC Alignment Check");
  intr_register_int (19, 0, INTR_ON, kill, "#XF SIMD Floating-Point Error");

  /* Interrupts stay off in the page-fault handler until it has read
     CR2, the faulting address, which the next page fault would replace. */
  intr_register_int (14, 0, INTR_OFF, page_fault, "#PF Page Fault");
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
      process_terminate (-1);
    }

  intr_dump_frame (f);
  PANIC ("page fault in kernel code at %p", fault_addr);
}
