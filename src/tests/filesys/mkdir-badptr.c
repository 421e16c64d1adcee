/* mkdir of a pointer the program does not own kills it, with -1. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "mkdir-badptr"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  mkdir ((char *) 0x20101234);
  fail ("mkdir of a bad pointer returned");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
