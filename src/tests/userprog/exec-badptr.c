/* exec() with a command line in an unmapped page must kill the
   process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-badptr";

int
main (void)
{
  msg ("begin");
  exec ((const char *) 0x20101234);
  fail ("should have died");
}
