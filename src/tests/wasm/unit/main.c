/* Runs each unit-test group of the engine in a child process of its own
   and prints "pass wasm/NAME" or "FAIL wasm/NAME: reason" for each. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static const struct { const char *name; void (*run) (void); } groups[] =
  {
    { "reader", test_reader },
    { "fuel", test_fuel },
    { "wasi", test_wasi },
    { "alloc", test_alloc },
  };

static int reason_fd = -1;

void
fail (const char *file, int line, const char *format, ...)
{
  char reason[1024];
  int length = snprintf (reason, sizeof reason, "%s:%d: ", file, line);
  va_list args;
  va_start (args, format);
  vsnprintf (reason + length, sizeof reason - length, format, args);
  va_end (args);
  if (write (reason_fd, reason, strlen (reason)) < 0)
    fprintf (stderr, "%s\n", reason);
  _exit (1);
}

int
main (void)
{
  int failed = 0, count = sizeof groups / sizeof *groups;
  for (int i = 0; i < count; i++)
    {
      int pipe_fds[2];
      char reason[1024] = "";
      if (pipe (pipe_fds) != 0)
        return 2;
      fflush (stdout);
      pid_t child = fork ();
      if (child == 0)
        {
          close (pipe_fds[0]);
          reason_fd = pipe_fds[1];
          groups[i].run ();
          _exit (0);
        }
      close (pipe_fds[1]);
      ssize_t n = read (pipe_fds[0], reason, sizeof reason - 1);
      reason[n > 0 ? n : 0] = '\0';
      close (pipe_fds[0]);
      int status;
      waitpid (child, &status, 0);
      if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
        printf ("pass wasm/%s\n", groups[i].name);
      else
        {
          failed++;
          printf ("FAIL wasm/%s: %s\n", groups[i].name,
                  reason[0] ? reason : "crashed (see the sanitizer's report)");
        }
    }
  return failed != 0;
}
