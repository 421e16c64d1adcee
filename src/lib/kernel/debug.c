/* Kernel panics. A panic stops the kernel with a message, where it was
   raised, and the call stack, in the format of doc/internals.md that the
   harness and src/utils/backtrace read. */
#include <debug.h>
#include <console.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/vaddr.h"

void
debug_panic (const char *file, int line, const char *function,
                  const char *message, ...)
{
  static int depth;             /* Panics in progress. */
  intr_disable ();
  console_panic ();

  depth++;
  if (depth == 1)
    {
      printf ("KERNEL PANIC at %s:%d in %s(): ", file, line, function);
      va_list args;
      va_start (args, message);
      vprintf (message, args);
      va_end (args);
      printf ("\n");
      debug_backtrace ();
    }
  else if (depth == 2)
    printf ("KERNEL PANIC again, while panicking, at %s:%d in %s()\n", file, line, function);
  else
    for (;;)                    /* Even printing fails: just stop. */
      asm volatile ("hlt");

  serial_flush ();
  if (power_off_when_done)
    shutdown_power_off_now ();
  for (;;)                      /* Leave the machine for a debugger. */
    asm volatile ("hlt");
}

/* Kernel stacks are one page, so the walk stays in FRAME's page. */
void
debug_backtrace_from (void *frame)
{
  uint8_t *stack_page = pg_round_down (frame);
  debug_print_call_stack (frame, stack_page, stack_page + PGSIZE);
}
