/* open() with a name in an unmapped page must kill the process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "open-badptr";

int
main (void)
{
  msg ("begin");
  open ((const char *) 0x20101234);
  fail ("should have died");
}
