/* chdir to a missing directory fails and leaves the current directory as it was. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-chdir-bad"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && chdir ("d"), "mkdir d, chdir d");
  check (!chdir ("missing"), "chdir missing fails");
  check (!chdir ("/nowhere/at/all"), "chdir /nowhere/at/all fails");
  check (create ("here", 0), "create here");
  check (open ("/d/here") > 1, "it is in d: the current directory did not move");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
