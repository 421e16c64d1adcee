/* "." and ".." are never entries: they cannot be made or removed. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "rm-dots"
#endif
const char test_name[] = TEST_NAME;

int
main (int argc UNUSED, char *argv[] UNUSED)
{
  msg ("begin");
  check (mkdir ("d") && chdir ("d"), "mkdir d, chdir d");
  check (!create (".", 0) && !create ("..", 0), "create . and .. fail");
  check (!mkdir (".") && !mkdir (".."), "mkdir . and .. fail");
  check (!remove (".") && !remove (".."), "remove . and .. fail");
  msg ("end");
  return 0;
}
