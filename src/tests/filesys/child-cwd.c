/* Run in its parent's current directory: opens marker there, then moves to the root, which must not move its parent. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-cwd";

int
main (int argc UNUSED, char *argv[] UNUSED)
{
  int fd = open ("marker");
  if (fd < 0 || filesize (fd) != 77)
    return 2;
  if (!chdir ("/"))
    return 3;
  return 0;
}
