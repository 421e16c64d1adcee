/* Removes the file named argv[1]. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

const char test_name[] = "child-rm";

int
main (int argc UNUSED, char *argv[])
{
  return remove (argv[1]) ? 0 : 2;
  return 0;
}
