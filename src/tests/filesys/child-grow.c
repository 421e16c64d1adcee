/* Appends 30 pieces of 700 bytes of pattern 40 to "growing". */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-grow";

int
main (int argc UNUSED, char *argv[] UNUSED)
{
  static char buf[700];
  int fd = open ("growing");
  for (int i = 0; i < 30; i++)
    {
      fill_pattern (buf, sizeof buf, 40, i * sizeof buf);
      if (write (fd, buf, sizeof buf) != sizeof buf)
        return 2;
    }
  return 0;
}
