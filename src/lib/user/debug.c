/* Panics and backtraces for user programs.  A failed ASSERT in a user
   program ends that program, not the machine: it prints where it failed
   and the call stack, then exits with status -1. */
#include <debug.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdio.h>
#include <syscall.h>

void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  va_list args;

  printf ("USER PANIC at %s:%d in %s(): ", file, line, function);
  va_start (args, message);
  vprintf (message, args);
  va_end (args);
  printf ("\n");

  debug_backtrace ();
  exit (-1);
}

/* The user stack lies just below this address (threads/vaddr.h's
   PHYS_BASE, which user programs cannot include). */
#define USER_TOP ((uintptr_t) 0xc0000000)

/* Each frame starts with the caller's frame pointer, then the return
   address into the caller.  The walk ends at _start, whose return
   address is the kernel's dummy 0, or at any frame pointer that does not
   lead up the stack, so a corrupt stack ends the walk instead of looping
   or faulting. */
void
debug_backtrace_from (void *frame)
{
  uintptr_t *fp = frame;

  printf ("Call stack:");
  while (fp != NULL && (uintptr_t) fp < USER_TOP - 2 * sizeof *fp
         && fp[1] != 0)
    {
      uintptr_t *caller = (uintptr_t *) fp[0];

      printf (" %#" PRIxPTR, fp[1]);
      if (caller <= fp)
        break;
      fp = caller;
    }
  printf ("\n");
}
