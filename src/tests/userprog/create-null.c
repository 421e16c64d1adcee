/* create (NULL) must kill the process, not the kernel. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "create-null";

int
main (void)
{
  msg ("begin");
  create (NULL, 0);
  fail ("should have died");
}
