/* A child for fs-readers: reads the whole of file "shared" in pieces of
   its own size and checks every byte. Exits with 0 if all were right. */
#include <stdlib.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-reader";

static char buffer[PAGE_SIZE];

int
main (int argc, char *argv[])
{
  int piece = argc > 1 ? atoi (argv[1]) : 512;
  int fd = open ("shared");
  int size = filesize (fd);
  for (int done = 0; done < size; done += piece)
    {
      int want = piece < size - done ? piece : size - done;
      if (read (fd, buffer, piece) != want)
        fail ("read at %d", done);
      check_pattern (buffer, want, 17, done, "shared");
    }
  return 0;
}
