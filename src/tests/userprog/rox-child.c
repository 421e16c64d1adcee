/* An executable is read-only while any process runs it and writable
   again once none does: a child cannot write to its own executable, and
   its parent can once the child has exited. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "rox-child";

int
main (void)
{
  msg ("begin");
  int fd = open ("child-rox");
  check (fd > 1, "open child-rox");
  char byte;
  check (read (fd, &byte, 1) == 1, "read its first byte");
  msg ("child-rox wrote %d bytes to itself", run ("child-rox"));
  /* Write back the byte it already holds: the program stays intact. */
  seek (fd, 0);
  check (write (fd, &byte, 1) == 1, "after it exited, writing works");
  close (fd);
  msg ("end");
  return 0;
}
