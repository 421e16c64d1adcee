/* chdir of a pointer the program does not own kills it, with -1. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "chdir-badptr"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  chdir ((char *) 0xc0000000);
  fail ("chdir of a bad pointer returned");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
