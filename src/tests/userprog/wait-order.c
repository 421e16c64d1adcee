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
     waits for five others. All six print the same exit line, so their
     order does not show. */
  pid_t early = exec ("child-args");
  for (int i = 0; i < 5; i++)
    run ("child-args");
  check (wait (early) == 1, "wait for a child that ended long ago");

  /* These are still running, or even not yet started, when waited for.
     The reports wait until all have ended, so that no child's exit line
     can come between them. */
  pid_t pids[5];
  int statuses[5];
  for (int i = 0; i < 5; i++)
    {
      char cmdline[64];
      snprintf (cmdline, sizeof cmdline, "child-args%.*s", 3 * i,
                " w1 w2 w3 w4");
      pids[i] = exec (cmdline);
    }
  for (int i = 4; i >= 0; i--)
    statuses[i] = wait (pids[i]);
  for (int i = 4; i >= 0; i--)
    check (statuses[i] == i + 1, "child %d, waited for in reverse, returned %d",
           i, i + 1);
  msg ("end");
  return 0;
}
