/* The root cannot be removed, by any of its names. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-root"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (!remove ("/"), "remove / fails");
  check (!remove ("."), "remove . fails");
  check (!remove ("/."), "remove /. fails");
  check (!remove (".."), "remove .. fails");
  check (create ("still", 0), "the root still works");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
