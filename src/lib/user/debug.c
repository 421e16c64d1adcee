/* Panics and backtraces for user programs.  A failed ASSERT in a user
   program ends that program, not the machine: it prints where it failed
   and the call stack, then exits with status -1. */
#include <debug.h>
#include <stdarg.h>
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
#define USER_TOP ((void *) 0xc0000000)

void
debug_backtrace_from (void *frame)
{
  debug_print_call_stack (frame, NULL, USER_TOP);
}
