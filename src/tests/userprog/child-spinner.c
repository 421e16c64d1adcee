/* A child that keeps the file system busy: it opens "stop" over and over,
   and each try takes the file system's lock and reads the disk, until the
   parent creates that file. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-spinner";

int
main (void)
{
  int fd;
  while ((fd = open ("stop")) < 0)
    continue;
  close (fd);
  return 0;
}
