/* debug_panic for kernel code that a host unit test runs (lib/, filesys/):
   where the kernel would stop with a failed ASSERT or a PANIC, the test
   process says where and why, and aborts. Shared by every host test
   directory. */
#include "host-panic.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

bool host_panic_quiet;

void debug_panic (const char *file, int line, const char *function,
                  const char *message, ...);

void
debug_panic (const char *file, int line, const char *function,
             const char *message, ...)
{
  fflush (stdout);              /* The test's own lines come first. */
  if (!host_panic_quiet)
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
