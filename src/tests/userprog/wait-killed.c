/* A child the kernel kills has exit status -1, and the parent carries
   on: only the offender dies. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-killed";

int
main (void)
{
  msg ("begin");
  msg ("wait(exec(child-bad)) = %d", wait (exec ("child-bad")));
  msg ("wait(exec(child-simple)) = %d", wait (exec ("child-simple")));
  msg ("end");
  return 0;
}
