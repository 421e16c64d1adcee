/* A 20 kB file read ten times: with a buffer cache, the disk is read for it once at most. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "cache-hit"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[20 * 1024];
  write_file ("data", sizeof buf, 2, 4096);
  for (int round = 0; round < 10; round++)
    {
      int fd = open ("data");
      if (read (fd, buf, sizeof buf) != sizeof buf)
        fail ("read round %d", round);
      check_pattern (buf, sizeof buf, 2, 0, "data");
      close (fd);
    }
  msg ("read 20 kB ten times: 400 sectors asked for");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
