/* A write far past the end: the file grows to cover it, and the hole reads as zeros. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-sparse"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  int fd;
  check (create ("sparse", 0), "create an empty file");
  fd = open ("sparse");
  seek (fd, 1000000);
  check (write (fd, "x", 1) == 1, "write one byte at 1000000");
  check (filesize (fd) == 1000001, "the size is 1000001");
  check_zeros (fd, 0, 1000000);
  msg ("the million bytes before it are zeros");
  close (fd);
}

/* The second boot of grow-sparse-p: did everything survive? */
static void
verify (void)
{
  int fd = open ("sparse");
  char c = 0;
  check (filesize (fd) == 1000001, "the size is still 1000001");
  seek (fd, 1000000);
  check (read (fd, &c, 1) == 1 && c == 'x', "the byte is still there");
  check_zeros (fd, 999000, 1000);
  msg ("the hole still reads as zeros");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
