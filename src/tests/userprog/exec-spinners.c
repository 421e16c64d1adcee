/* A child must load and run while other processes keep the file system
   busy. The spinners take the file system's lock over and over; a lock
   that lets its releaser take it straight back, instead of handing it to
   the thread waiting longest, starves the loader, which then waits until
   the spinners stop: here, for ever. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-spinners";

#define SPINNERS 3

int
main (void)
{
  msg ("begin");
  pid_t spinners[SPINNERS];
  for (int i = 0; i < SPINNERS; i++)
    {
      spinners[i] = exec ("child-spinner");
      if (spinners[i] < 0)
        fail ("could not start spinner %d", i);
    }
  check (run ("child-simple") == 81,
         "child-simple ran while %d spinners kept the file system busy",
         SPINNERS);

  /* Nothing is reported until every spinner has ended, so that their
     exit lines cannot come between reports. */
  bool created = create ("stop", 0);
  int stopped = 0;
  for (int i = 0; i < SPINNERS; i++)
    stopped += wait (spinners[i]) == 0;
  check (created && stopped == SPINNERS, "all %d spinners stopped", SPINNERS);
  msg ("end");
  return 0;
}
