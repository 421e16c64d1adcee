/* A descriptor opened before a chdir keeps its file; relative names follow the new directory. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-fd-cwd"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char buf[5];
  check (mkdir ("d") && create ("f", 5) && create ("d/f", 7), "make f (5 bytes) and d/f (7 bytes)");
  int before = open ("f");
  check (chdir ("d"), "chdir d");
  int after = open ("f");
  check (filesize (before) == 5, "the old descriptor still reads /f");
  check (filesize (after) == 7, "a new open of f finds d/f");
  check (read (before, buf, 5) == 5, "and reads it");
  close (before);
  close (after);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
