/* The host's stand-in for the kernel's debug_panic, which the library
   calls when an ASSERT fails, and panics(), which runs code that should
   fail one. */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "lib/debug.h"

/* Set in a child that panics() expects to panic, so that the expected
   message does not clutter the test output. */
static bool panic_expected;

void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  if (!panic_expected)
    {
      va_list args;

      fprintf (stderr, "PANIC at %s:%d in %s(): ", file, line, function);
      va_start (args, message);
      vfprintf (stderr, message, args);
      va_end (args);
      fprintf (stderr, "\n");
    }
  abort ();
}

bool
panics (void (*function) (void *aux), void *aux)
{
  int status;
  pid_t child = fork ();

  EXPECT (child >= 0, "fork failed");
  if (child == 0)
    {
      /* abort() would otherwise write a core file, slowly. */
      struct rlimit no_core = { 0, 0 };
      setrlimit (RLIMIT_CORE, &no_core);
      panic_expected = true;
      function (aux);
      _exit (0);
    }
  EXPECT (waitpid (child, &status, 0) == child, "waitpid failed");
  /* Sanitizer errors end a process with exit status 1, not SIGABRT. */
  return WIFSIGNALED (status) && WTERMSIG (status) == SIGABRT;
}
