/* Reads all of "shared" (40 kB of pattern 21) in pieces of argv[1] bytes; exits 0 if every byte is right. */
#include <string.h>
#include <syscall.h>
#include <stdlib.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-syn-rd";

int
main (int argc UNUSED, char *argv[])
{
  static char buf[4096];
  int piece = atoi (argv[1]);
  int fd = open ("shared");
  if (fd < 0)
    return 2;
  for (int done = 0; done < 40 * 1024; done += piece)
    {
      int want = 40 * 1024 - done < piece ? 40 * 1024 - done : piece;
      if (read (fd, buf, want) != want)
        return 3;
      check_pattern (buf, want, 21, done, "shared");
    }
  return 0;
}
