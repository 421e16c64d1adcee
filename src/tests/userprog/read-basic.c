/* read() from a file, at its end, from bad descriptors, and of zero
   bytes. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-basic";

static char data[300], buffer[400];

int
main (void)
{
  msg ("begin");
  fill_pattern (data, sizeof data, 1, 0);
  check (create ("data", sizeof data), "create data");
  int fd = open ("data");
  check (fd > 1, "open data");
  check (write (fd, data, sizeof data) == sizeof data, "write 300 bytes");
  seek (fd, 0);
  check (read (fd, buffer, 100) == 100, "read 100 bytes");
  check_pattern (buffer, 100, 1, 0, "first 100 bytes");
  check (read (fd, buffer, sizeof buffer) == 200, "read the 200 left");
  check_pattern (buffer, 200, 1, 100, "last 200 bytes");
  check (read (fd, buffer, sizeof buffer) == 0, "read at the end: 0");
  check (read (fd, buffer, 0) == 0, "read 0 bytes: 0");
  check (read (1, buffer, 10) == -1, "read from the console: -1");
  check (read (fd + 1, buffer, 10) == -1, "read from an unopened fd: -1");
  check (read (-5, buffer, 10) == -1, "read from fd -5: -1");
  check (read (1000, buffer, 10) == -1, "read from fd 1000: -1");
  close (fd);
  check (read (fd, buffer, 10) == -1, "read from a closed fd: -1");
  msg ("end");
  return 0;
}
