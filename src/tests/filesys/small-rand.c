/* Random writes and reads inside a 6000-byte file, checked against a copy in memory. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "small-rand"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char model[6000], piece[700];
  unsigned state = 99;
  check (create ("data", sizeof model), "create a 6000-byte file");
  int fd = open ("data");
  for (int op = 0; op < 300; op++)
    {
      state = state * 1103515245 + 12345;
      size_t ofs = (state >> 8) % sizeof model;
      size_t len = (state >> 3) % sizeof piece;
      if (len > sizeof model - ofs)
        len = sizeof model - ofs;
      seek (fd, ofs);
      if (op % 2 == 0)
        {
          fill_pattern (piece, len, op, 0);
          memcpy (model + ofs, piece, len);
          if (write (fd, piece, len) != (int) len)
            fail ("write %zu bytes at %zu", len, ofs);
        }
      else if (read (fd, piece, len) != (int) len || memcmp (piece, model + ofs, len))
        fail ("read %zu bytes at %zu", len, ofs);
    }
  msg ("300 random reads and writes agree with the copy");
  check (filesize (fd) == sizeof model, "the size is still 6000");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
