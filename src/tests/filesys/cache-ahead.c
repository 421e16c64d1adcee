/* A file read in order: read-ahead fetches each next sector, and no sector is read twice. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "cache-ahead"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[512];
  write_file ("data", 100 * 1024, 6, 4096);
  int fd = open ("data");
  for (int ofs = 0; ofs < 100 * 1024; ofs += 512)
    {
      if (read (fd, buf, 512) != 512)
        fail ("read at %d", ofs);
      check_pattern (buf, 512, 6, ofs, "data");
    }
  close (fd);
  msg ("read 100 kB in order, a sector at a time");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
