/* A parent with a child directory cannot be removed; ".." cannot be removed either. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-parent"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("p") && mkdir ("p/c"), "mkdir p, p/c");
  check (chdir ("p/c"), "chdir p/c");
  check (!remove (".."), "remove .. fails");
  check (!remove ("/p"), "remove /p fails: it is not empty");
  check (chdir ("/") && remove ("p/c") && remove ("p"), "from the root, p/c then p go");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
