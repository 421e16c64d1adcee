/* Random 1-sector writes over a 200 kB file, each then checked. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "large-rand"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char sector[512], back[512];
  unsigned state = 7;
  check (create ("data", 200 * 1024), "create a 200 kB file");
  int fd = open ("data");
  for (int op = 0; op < 100; op++)
    {
      state = state * 1103515245 + 12345;
      size_t ofs = (state >> 8) % (200 * 1024 - 512);
      fill_pattern (sector, 512, op, 0);
      seek (fd, ofs);
      if (write (fd, sector, 512) != 512)
        fail ("write at %zu", ofs);
      seek (fd, ofs);
      if (read (fd, back, 512) != 512 || memcmp (back, sector, 512))
        fail ("read back at %zu", ofs);
    }
  msg ("100 random writes read back");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
