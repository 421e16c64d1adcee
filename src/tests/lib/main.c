/* Runs each test group of the C library in a child process of its own
   and prints one line per group, "pass lib/NAME" or "FAIL lib/NAME:
   reason", then the totals; exits nonzero if any group failed.  A child
   keeps a crash, a sanitizer report or a failed check inside one group. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sanitizer/lsan_interface.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

struct group
  {
    const char *name;
    void (*run) (void);
  };

static const struct group groups[] =
  {
    { "headers", test_headers },
    { "ctype", test_ctype },
    { "string", test_string },
    { "printf", test_printf },
    { "printf-sweep", test_printf_sweep },
    { "console", test_console },
    { "stdlib", test_stdlib },
    { "random", test_random },
    { "list", test_list },
    { "hash", test_hash },
    { "bitmap", test_bitmap },
    { "sha256", test_sha256 },
    { "hmac-sha256", test_hmac_sha256 },
    { "crc32", test_crc32 },
  };

/* AddressSanitizer reads its settings here.  A request for an impossible
   amount of memory should make malloc return NULL, as the kernel's does,
   since the tests check that the library copes with that. */
const char *__asan_default_options (void);
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1";
}

/* Where a group's child writes the reason it failed. */
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

/* Runs GROUP in a child; returns NULL if it passed, else why not, in
   REASON. */
static const char *
run_group (const struct group *group, char *reason, size_t size)
{
  int fds[2], status;
  ssize_t length;
  pid_t child;

  if (pipe (fds) != 0 || (child = fork ()) < 0)
    return "could not start a child process";
  if (child == 0)
    {
      close (fds[0]);
      reason_fd = fds[1];
      group->run ();
      /* _exit skips the leak check that a normal exit would make. */
      __lsan_do_leak_check ();
      _exit (0);
    }
  close (fds[1]);
  length = read (fds[0], reason, size - 1);
  close (fds[0]);
  waitpid (child, &status, 0);

  if (length > 0)
    {
      /* The harness reads one line per group. */
      reason[length] = '\0';
      for (ssize_t i = 0; i < length; i++)
        if (reason[i] == '\n')
          reason[i] = ' ';
      return reason;
    }
  if (WIFSIGNALED (status))
    snprintf (reason, size, "killed by signal %d (a panic, if 6; "
              "see above)", WTERMSIG (status));
  else if (WEXITSTATUS (status) != 0)
    snprintf (reason, size, "exit status %d (see the sanitizer report "
              "above)", WEXITSTATUS (status));
  else
    return NULL;
  return reason;
}

int
main (void)
{
  size_t passed = 0, failed = 0;
  size_t i;

  for (i = 0; i < sizeof groups / sizeof *groups; i++)
    {
      char reason[1024];
      const char *why;

      fflush (stdout);
      why = run_group (&groups[i], reason, sizeof reason);
      if (why == NULL)
        {
          printf ("pass lib/%s\n", groups[i].name);
          passed++;
        }
      else
        {
          printf ("FAIL lib/%s: %s\n", groups[i].name, why);
          failed++;
        }
    }
  printf ("%zu passed, %zu failed\n", passed, failed);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
