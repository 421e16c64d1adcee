/* A running program's executable cannot be written, even by the
   program itself: write() returns 0 and the file is unchanged. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "rox-simple";

int
main (void)
{
  msg ("begin");
  int fd = open ("rox-simple");
  check (fd > 1, "open my own executable");
  char byte, after;
  check (read (fd, &byte, 1) == 1, "read its first byte");
  seek (fd, 0);
  char other = byte ^ 0xff;
  check (write (fd, &other, 1) == 0, "write to it: 0 bytes written");
  seek (fd, 0);
  check (read (fd, &after, 1) == 1 && after == byte, "the byte is unchanged");
  msg ("end");
  return 0;
}
