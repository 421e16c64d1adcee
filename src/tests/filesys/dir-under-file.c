/* A file is not a directory: nothing can be made under it, and chdir into it fails. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-under-file"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (create ("f", 0), "create f");
  check (!create ("f/x", 0), "create f/x fails");
  check (!mkdir ("f/d"), "mkdir f/d fails");
  check (!chdir ("f"), "chdir f fails");
  check (open ("f/x") < 0, "open f/x fails");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
