/* open (NULL) must kill the process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "open-null";

int
main (void)
{
  msg ("begin");
  open (NULL);
  fail ("should have died");
}
