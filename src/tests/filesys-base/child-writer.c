/* A child for fs-writers: "child-writer I" writes its own part I of file
   "shared", a few bytes at a time, with its own pattern. */
#include <stdlib.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-writer";

/* Must match fs-writers.c. */
#define PART (8 * 1024)

int
main (int argc, char *argv[])
{
  int part = argc > 1 ? atoi (argv[1]) : 0;
  int fd = open ("shared");
  seek (fd, part * PART);
  for (int done = 0; done < PART; done += 64)
    {
      char bytes[64];
      fill_pattern (bytes, sizeof bytes, 100 + part, done);
      if (write (fd, bytes, sizeof bytes) != sizeof bytes)
        return 1;
    }
  return 0;
}
