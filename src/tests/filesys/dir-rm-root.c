/* The root cannot be removed by any of its names, also from a subdirectory (where ".." is the root). */
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
  check (mkdir ("d") && chdir ("d"), "mkdir d and chdir d");
  check (!remove ("/"), "remove / fails");
  check (!remove (".."), "remove .. fails");
  check (!remove ("../."), "remove ../. fails");
  check (!remove ("/.."), "remove /.. fails");
  check (!remove ("../d/.."), "remove ../d/.. fails");
  check (create ("../still", 0) && open ("/still") > 1, "the root still works");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
