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

void debug_panic (const char *file, int line, const char *function,
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

/* Walks the frame-pointer chain: each frame holds the caller's frame
   pointer and then the return address into the caller. Kernel stacks are
   one page, so a frame outside the first frame's page (or one that does
   not lead up the stack) ends the walk instead of faulting. */
void debug_backtrace_from (void *frame)
{
  uint32_t *fp = frame;
  uint8_t *stack_page = pg_round_down (frame);

  printf ("Call stack:");
  while (fp != NULL && pg_round_down (fp) == stack_page
         && (uint8_t *) (fp + 2) <= stack_page + PGSIZE)
    {
      printf (" %#x", fp[1]);
      uint32_t *caller = (uint32_t *) fp[0];
      if (caller <= fp)
        break;
      fp = caller;
    }
  printf ("\n");
}
