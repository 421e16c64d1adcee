/* Appends of growing sizes: after each the position and the size say where the end is. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-tell"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[2000];
  check (create ("data", 0), "create an empty file");
  int fd = open ("data");
  size_t end = 0;
  for (size_t piece = 1; piece < 2000; piece = piece * 3 + 1)
    {
      fill_pattern (buf, piece, 3, end);
      if (write (fd, buf, piece) != (int) piece)
        fail ("append %zu bytes", piece);
      end += piece;
      if (tell (fd) != end || filesize (fd) != (int) end)
        fail ("after %zu bytes: tell %u, size %d", end, tell (fd), filesize (fd));
    }
  msg ("tell and filesize follow every append");
  close (fd);
  check_file ("data", end, 3, 512);
  msg ("the file holds the appends in order");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
