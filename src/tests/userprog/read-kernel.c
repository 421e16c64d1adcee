/* read() into kernel memory must kill the process: otherwise a program
   could overwrite the kernel with the contents of a file. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-kernel";

int
main (void)
{
  msg ("begin");
  int fd = open ("read-kernel");
  check (fd > 1, "open my own executable");
  read (fd, (void *) 0xc0020000, 100);
  fail ("should have died");
}
