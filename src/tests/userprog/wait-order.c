/* Waits for children in every order relative to their end: a child
   waited for long after it exited, one waited for while it runs, and
   several waited for in the reverse of the order they were started. */
#include <stdio.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-order";

int
main (void)
{
  msg ("begin");
  /* This child exits long before the wait: the parent first runs and
     waits for five others. */
  pid_t early = exec ("child-args w1");
  for (int i = 0; i < 5; i++)
    run ("child-args");
  check (wait (early) == 2, "wait for a child that ended long ago");

  /* These are still running, or even not yet started, when waited for. */
  pid_t pids[5];
  for (int i = 0; i < 5; i++)
    {
      char cmdline[64];
      snprintf (cmdline, sizeof cmdline, "child-args%.*s", 3 * i,
                " w1 w2 w3 w4");
      pids[i] = exec (cmdline);
    }
  for (int i = 4; i >= 0; i--)
    check (wait (pids[i]) == i + 1, "wait for child %d, in reverse", i);
  msg ("end");
  return 0;
}
