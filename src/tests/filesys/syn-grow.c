/* A child extends a file while its parent reads it: the parent never reads past the bytes written. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "syn-grow"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[30 * 700];
  check (create ("growing", 0), "create an empty file");
  int fd = open ("growing");
  pid_t pid = exec ("child-grow");
  int seen = 0;
  while (seen < 30 * 700)
    {
      int got = read (fd, buf + seen, sizeof buf - seen);
      if (got < 0)
        fail ("read failed");
      check_pattern (buf + seen, got, 40, seen, "growing");
      seen += got;
      if (got == 0 && wait (pid) == 0)
        pid = -1;
      if (got == 0 && pid == -1 && filesize (fd) == seen)
        break;
    }
  check (seen == 30 * 700, "read all 21000 bytes as they arrived, each right");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
