/* Descriptors belong to one process: a child inherits none of its
   parent's, and a child closing "the same number" closes nothing of the
   parent's. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fd-isolated";

int
main (void)
{
  msg ("begin");
  int fds[5];
  for (int i = 0; i < 5; i++)
    fds[i] = open ("fd-isolated");
  check (fds[0] > 1 && fds[4] > 1, "open five descriptors");
  check (run ("child-fds") == 0, "the child sees none of them");
  for (int i = 0; i < 5; i++)
    if (filesize (fds[i]) <= 0)
      fail ("descriptor %d stopped working", fds[i]);
  msg ("all five still work");
  msg ("end");
  return 0;
}
