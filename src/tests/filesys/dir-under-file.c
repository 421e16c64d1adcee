/* A file is not a directory: in a subdirectory and from the root, nothing can be made under it, paths through it lead nowhere, and chdir into it fails. */
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
  check (mkdir ("d") && create ("d/f", 0), "create d/f");
  check (!create ("d/f/x", 0), "create d/f/x fails");
  check (!mkdir ("d/f/d"), "mkdir d/f/d fails");
  check (!chdir ("d/f"), "chdir d/f fails");
  check (open ("d/f/x") < 0 && open ("d/f/.") < 0 && open ("d/f/..") < 0,
         "open d/f/x, d/f/. and d/f/.. fail");
  check (chdir ("d") && !create ("f/x", 0) && !chdir ("f"),
         "in d, create f/x and chdir f fail");
  check (open ("f") > 1, "f is still a file");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
