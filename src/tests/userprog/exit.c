/* Exits with a status of its own choosing, which the kernel prints. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exit";

int
main (void)
{
  msg ("begin");
  exit (57);
  fail ("should have exited");
}
