/* Inode numbers: the same file gives the same number through every name and descriptor, different files different ones. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-inumber"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("d") && create ("d/f", 0) && create ("g", 0), "make d, d/f and g");
  int a = open ("d/f"), b = open ("/d/./f"), g = open ("g"), d = open ("d");
  check (inumber (a) == inumber (b), "d/f and /d/./f share an inode number");
  check (inumber (a) != inumber (g) && inumber (a) != inumber (d), "g and d have their own");
  chdir ("d");
  int c = open ("f");
  check (inumber (c) == inumber (a), "after chdir d, f has it too");
  check (inumber (99) == -1, "a bad descriptor gives -1");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
