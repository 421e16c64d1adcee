/* panics(), which runs code that should fail an ASSERT of the library
   and tells whether it did (debug_panic is in host-panic.c). */
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "host-panic.h"

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
      host_panic_quiet = true;  /* The expected message would clutter. */
      function (aux);
      _exit (0);
    }
  EXPECT (waitpid (child, &status, 0) == child, "waitpid failed");
  /* Sanitizer errors end a process with exit status 1, not SIGABRT. */
  return WIFSIGNALED (status) && WTERMSIG (status) == SIGABRT;
}
