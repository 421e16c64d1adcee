/* chdir of a pointer the program does not own kills it, with -1. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "chdir-badptr"
#endif
const char test_name[] = TEST_NAME;

int
main (int argc UNUSED, char *argv[] UNUSED)
{
  msg ("begin");
  chdir ((char *) 0xc0000000);
  fail ("chdir of a bad pointer returned");
  msg ("end");
  return 0;
}
