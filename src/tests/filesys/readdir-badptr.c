/* readdir into a buffer in kernel memory kills the program, with -1. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "readdir-badptr"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  mkdir ("d");
  int fd = open ("d");
  create ("d/x", 0);
  readdir (fd, (char *) 0xc0000100);
  fail ("readdir into kernel memory returned");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
