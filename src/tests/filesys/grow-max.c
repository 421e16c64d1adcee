/* The biggest file: 8 MB and a little; a write past it stops there. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-max"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char byte = 'z';
  check (create ("big", 0), "create an empty file");
  int fd = open ("big");
  seek (fd, 8 * 1024 * 1024 - 1);
  check (write (fd, &byte, 1) == 1, "write the last byte of 8 MB");
  check (filesize (fd) == 8 * 1024 * 1024, "the size is 8 MB");
  seek (fd, 9 * 1024 * 1024);
  check (write (fd, &byte, 1) == 0, "a write at 9 MB writes nothing");
  check (filesize (fd) == 8 * 1024 * 1024, "the size is still 8 MB");
  close (fd);
}

/* The second boot of grow-max-p: did everything survive? */
static void
verify (void)
{
  char byte = 0;
  int fd = open ("big");
  check (filesize (fd) == 8 * 1024 * 1024, "the size is 8 MB");
  seek (fd, 8 * 1024 * 1024 - 1);
  check (read (fd, &byte, 1) == 1 && byte == 'z', "the last byte survived");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
