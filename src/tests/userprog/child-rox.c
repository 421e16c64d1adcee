/* A child for rox-child: tries to write to its own executable, which
   must fail while it runs, and exits with the number of bytes written. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-rox";

int
main (void)
{
  int fd = open ("child-rox");
  char byte;
  read (fd, &byte, 1);
  seek (fd, 0);
  return write (fd, &byte, 1);
}
