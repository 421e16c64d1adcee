/* read() into the program's own code, which is mapped read-only, must
   kill the process: the kernel may not write where the program could
   not. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-code";

int
main (void)
{
  msg ("begin");
  int fd = open ("read-code");
  check (fd > 1, "open my own executable");
  read (fd, (void *) main, 16);
  fail ("should have died");
}
