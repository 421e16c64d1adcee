/* Waits for a child and gets its exit status. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-simple";

int
main (void)
{
  msg ("begin");
  pid_t pid = exec ("child-simple");
  msg ("wait(exec()) = %d", wait (pid));
  msg ("end");
  return 0;
}
