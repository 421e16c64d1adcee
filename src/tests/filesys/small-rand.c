/* Random writes and reads of a file that starts empty and grows to at most 6000 bytes (writes past its end leave holes of zeros), checked against a copy in memory. */
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
  size_t length = 0;            /* The file's size, as the model has it. */
  unsigned state = 99;
  check (create ("data", 0), "create an empty file");
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
          if (len > 0 && ofs + len > length)
            length = ofs + len;
        }
      else
        {
          size_t expected = ofs >= length ? 0 : length - ofs < len ? length - ofs : len;
          if (read (fd, piece, len) != (int) expected
              || memcmp (piece, model + ofs, expected))
            fail ("read %zu bytes at %zu", len, ofs);
        }
    }
  msg ("300 random reads and writes agree with the copy");
  check (filesize (fd) == (int) length, "the size is the end of the last write past it");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
