/* read() into an unmapped buffer must kill the process. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-badptr";

int
main (void)
{
  msg ("begin");
  int fd = open ("read-badptr");
  check (fd > 1, "open my own executable");
  read (fd, (void *) 0x20101234, 10);
  fail ("should have died");
}
