/* The current directory cannot be removed, from inside or outside. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-cwd"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && chdir ("d"), "mkdir d, chdir d");
  check (!remove ("/d"), "remove /d fails while it is the current directory");
  check (!remove ("."), "remove . fails");
  check (create ("x", 0), "d still works");
  check (chdir ("/"), "chdir /");
  check (remove ("/d/x") && remove ("d"), "now d can go");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
