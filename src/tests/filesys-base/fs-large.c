/* A large file, a good part of the disk: written a page at a time, read
   back in pieces that never line up with the pages, and at random
   positions. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fs-large";

#define SIZE (384 * 1024)
static char buffer[PAGE_SIZE];

int
main (void)
{
  msg ("begin");
  check (create ("large", SIZE), "create large, %d kB", SIZE / 1024);
  int fd = open ("large");
  for (int done = 0; done < SIZE; done += PAGE_SIZE)
    {
      fill_pattern (buffer, PAGE_SIZE, 13, done);
      if (write (fd, buffer, PAGE_SIZE) != PAGE_SIZE)
        fail ("write at %d", done);
    }
  msg ("wrote it a page at a time");

  seek (fd, 0);
  const int piece = 3001;
  for (int done = 0; done < SIZE; done += piece)
    {
      int want = piece < SIZE - done ? piece : SIZE - done;
      if (read (fd, buffer, piece) != want)
        fail ("read at %d", done);
      check_pattern (buffer, want, 13, done, "large");
    }
  msg ("read it back in pieces of %d bytes", piece);

  unsigned position = 12345;
  for (int i = 0; i < 50; i++)
    {
      position = (position * 1103515245 + 12345) % (SIZE - 100);
      seek (fd, position);
      if (read (fd, buffer, 100) != 100)
        fail ("read at %u", position);
      check_pattern (buffer, 100, 13, position, "large");
    }
  msg ("read 50 pieces at scattered positions");
  close (fd);
  msg ("end");
  return 0;
}
