/* Seek past the end, then write: the gap between the old end and the write reads as zeros. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-seek"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char buf[100];
  fill_pattern (buf, sizeof buf, 5, 0);
  check (create ("data", 10), "create a 10-byte file");
  int fd = open ("data");
  seek (fd, 5000);
  check (write (fd, buf, 100) == 100, "write 100 bytes at 5000");
  check (filesize (fd) == 5100 && tell (fd) == 5100, "size and position are 5100");
  check_zeros (fd, 0, 5000);
  msg ("the gap reads as zeros");
  seek (fd, 5000);
  check (read (fd, buf, 100) == 100, "read the 100 bytes back");
  check_pattern (buf, 100, 5, 0, "written bytes");
  close (fd);
}

/* The second boot of grow-seek-p: did everything survive? */
static void
verify (void)
{
  char buf[100];
  int fd = open ("data");
  check (filesize (fd) == 5100, "the size is still 5100");
  check_zeros (fd, 0, 5000);
  seek (fd, 5000);
  check (read (fd, buf, 100) == 100, "read the 100 bytes");
  check_pattern (buf, 100, 5, 0, "written bytes");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
