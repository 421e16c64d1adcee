/* An open directory cannot be removed (our choice: see doc/filesys.md); closed, it can. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-open"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d"), "mkdir d");
  int fd = open ("d");
  check (!remove ("d"), "remove d fails while it is open");
  close (fd);
  check (remove ("d"), "closed, it can be removed");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
