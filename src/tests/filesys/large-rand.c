/* Random 1-sector writes into a file that starts empty and grows up to 200 kB, each then read back, and the holes left read as zeros. */
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
  static bool written[200 * 1024 / 512]; /* Which 512-byte blocks. */
  size_t length = 0;
  unsigned state = 7;
  check (create ("data", 0), "create an empty file");
  int fd = open ("data");
  for (int op = 0; op < 100; op++)
    {
      state = state * 1103515245 + 12345;
      size_t ofs = ((state >> 8) % (200 * 1024 / 512)) * 512;
      fill_pattern (sector, 512, op, 0);
      seek (fd, ofs);
      if (write (fd, sector, 512) != 512)
        fail ("write at %zu", ofs);
      seek (fd, ofs);
      if (read (fd, back, 512) != 512 || memcmp (back, sector, 512))
        fail ("read back at %zu", ofs);
      written[ofs / 512] = true;
      if (ofs + 512 > length)
        length = ofs + 512;
    }
  msg ("100 random writes read back");
  check (filesize (fd) == (int) length, "the file grew to the end of the last block");
  for (size_t block = 0; block < length / 512; block++)
    if (!written[block])
      check_zeros (fd, block * 512, 512);
  msg ("the blocks never written read as zeros");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
