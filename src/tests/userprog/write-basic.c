/* write() to a file, to the console, past the end of a file (which the
   base file system cannot grow), to bad descriptors, and of zero
   bytes. */
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "write-basic";

static char data[100];

int
main (void)
{
  msg ("begin");
  const char *line = "(write-basic) a line written straight to the console\n";
  check (write (1, line, strlen (line)) == (int) strlen (line),
         "write to the console returns its size");
  check (create ("data", 50), "create data, 50 bytes");
  int fd = open ("data");
  fill_pattern (data, sizeof data, 3, 0);
  check (write (fd, data, 0) == 0, "write 0 bytes: 0");
  check (write (fd, data, 30) == 30, "write 30 bytes");
  check (tell (fd) == 30, "position 30");
  int written = write (fd, data + 30, 70);
  check (written >= 20, "write 70 more: at least the 20 that fit");
  check (write (0, data, 10) == -1, "write to the keyboard: -1");
  check (write (fd + 1, data, 10) == -1, "write to an unopened fd: -1");
  check (write (-1, data, 10) == -1, "write to fd -1: -1");
  seek (fd, 0);
  char back[50];
  check (read (fd, back, sizeof back) == sizeof back, "read 50 bytes back");
  check_pattern (back, sizeof back, 3, 0, "data");
  close (fd);
  msg ("end");
  return 0;
}
