/* "." and ".." are never entries: they cannot be made or removed. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "rm-dots"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && chdir ("d"), "mkdir d, chdir d");
  check (!create (".", 0) && !create ("..", 0), "create . and .. fail");
  check (!mkdir (".") && !mkdir (".."), "mkdir . and .. fail");
  check (!remove (".") && !remove (".."), "remove . and .. fail");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
