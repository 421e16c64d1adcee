/* create() with a name in an unmapped page must kill the process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "create-badptr";

int
main (void)
{
  msg ("begin");
  create ((const char *) 0x20101234, 0);
  fail ("should have died");
}
