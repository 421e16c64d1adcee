/* mkdir fails cleanly: an existing name, a missing parent, a path ending at a file. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-mkdir-bad"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d"), "mkdir d");
  check (!mkdir ("d"), "mkdir d again fails");
  check (!mkdir ("none/d"), "mkdir none/d fails: no parent");
  check (create ("f", 0) && !mkdir ("f/"), "mkdir f/ fails: f is a file");
  check (!mkdir ("/"), "mkdir / fails");
  check (!mkdir ("d/"), "mkdir d/ with a slash: makes nothing new, and fails");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
