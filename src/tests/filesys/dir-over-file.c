/* Names are unique across files and directories: no mkdir over a file, no create over a directory. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-over-file"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (create ("f", 0), "create f");
  check (!mkdir ("f"), "mkdir f fails");
  check (mkdir ("d"), "mkdir d");
  check (!create ("d", 0), "create d fails");
  check (!mkdir ("d"), "mkdir d again fails");
  int fd = open ("f");
  check (fd > 1 && !isdir (fd), "f is still a file");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
