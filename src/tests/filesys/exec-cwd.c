/* A child starts in its parent's current directory, and its chdir leaves the parent's alone. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "exec-cwd"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && create ("d/marker", 77), "make d/marker");
  check (chdir ("d"), "chdir d");
  check (wait (exec ("/child-cwd")) == 0, "the child found marker in d");
  check (open ("marker") > 1, "the parent is still in d");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
