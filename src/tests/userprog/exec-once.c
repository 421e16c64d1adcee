/* Runs a child and waits for it. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-once";

int
main (void)
{
  msg ("begin");
  /* Nothing printed between exec and wait: the child's output may come
     at any moment in between. */
  pid_t pid = exec ("child-simple");
  msg ("exec: %s; wait: %d", pid != PID_ERROR ? "ok" : "failed", wait (pid));
  msg ("end");
  return 0;
}
