/* A directory with something in it cannot be removed; once emptied it can. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-rm-full"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && create ("d/x", 0), "mkdir d, create d/x");
  check (!remove ("d"), "remove d fails");
  check (remove ("d/x"), "remove d/x");
  check (remove ("d"), "now remove d works");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
