/* readdir, isdir and inumber of descriptors that are not open fail cleanly, while those of open ones answer. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-bad-fd"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char name[READDIR_MAX_LEN + 1];
  check (!readdir (42, name) && !readdir (-1, name), "readdir of a bad descriptor fails");
  check (!isdir (42) && !isdir (0), "isdir of a bad descriptor is false");
  check (inumber (42) == -1 && inumber (1) == -1, "inumber of a bad descriptor is -1");
  int file = (create ("f", 0), open ("f")), dir = open ("/");
  check (inumber (file) > 0 && inumber (dir) > 0 && isdir (dir) && !isdir (file),
         "while open ones answer");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
