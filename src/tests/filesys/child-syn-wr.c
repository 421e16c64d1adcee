/* Writes part argv[1] (8 kB at 8 kB * part) of "parts", 512 bytes at a time, with pattern 30 + part. */
#include <string.h>
#include <syscall.h>
#include <stdlib.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-syn-wr";

int
main (int argc UNUSED, char *argv[])
{
  static char buf[512];
  int part = atoi (argv[1]);
  int fd = open ("parts");
  if (fd < 0)
    return 2;
  for (int done = 0; done < 8192; done += 512)
    {
      fill_pattern (buf, 512, 30 + part, done);
      seek (fd, part * 8192 + done);
      if (write (fd, buf, 512) != 512)
        return 3;
    }
  return 0;
}
