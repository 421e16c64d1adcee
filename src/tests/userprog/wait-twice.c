/* Waiting a second time for the same child returns -1 at once. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-twice";

int
main (void)
{
  msg ("begin");
  pid_t pid = exec ("child-simple");
  msg ("first wait = %d", wait (pid));
  msg ("second wait = %d", wait (pid));
  msg ("end");
  return 0;
}
