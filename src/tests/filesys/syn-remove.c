/* Another process removes a file this one has open: the descriptor still reads it all. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "syn-remove"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[5000];
  write_file ("doomed", 5000, 12, 1000);
  int fd = open ("doomed");
  check (wait (exec ("child-rm doomed")) == 0, "a child removed it");
  check (open ("doomed") < 0, "the name is gone");
  check (read (fd, buf, 5000) == 5000, "the open descriptor reads 5000 bytes");
  check_pattern (buf, 5000, 12, 0, "doomed");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
