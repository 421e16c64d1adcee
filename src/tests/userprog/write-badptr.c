/* write() from an unmapped buffer must kill the process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "write-badptr";

int
main (void)
{
  msg ("begin");
  write (1, (const void *) 0x20101234, 10);
  fail ("should have died");
}
