/* Runs children one after another, then several at once. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-multiple";

int
main (void)
{
  msg ("begin");
  for (int i = 0; i < 3; i++)
    check (run ("child-simple") == 81, "child %d returned 81", i);

  /* Report only once all have ended, so that no child's exit line can
     come between the reports. */
  pid_t pids[4];
  int statuses[4];
  for (int i = 0; i < 4; i++)
    pids[i] = exec ("child-args w1 w2");
  for (int i = 0; i < 4; i++)
    statuses[i] = wait (pids[i]);
  for (int i = 0; i < 4; i++)
    check (statuses[i] == 3, "concurrent child %d returned 3", i);
  msg ("end");
  return 0;
}
