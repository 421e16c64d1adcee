/* Paths with ".", ".." and repeated slashes. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-dots"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("a") && mkdir ("a/b"), "mkdir a, a/b");
  check (create ("a/b/../f", 3), "create a/b/../f");
  int fd = open ("/a/./f");
  check (fd > 1 && filesize (fd) == 3, "it is /a/./f");
  close (fd);
  fd = open ("//a//b//..//f");
  check (fd > 1, "and //a//b//..//f");
  close (fd);
  check (chdir ("a/b") && chdir ("../.."), "chdir a/b, then ../..");
  fd = open ("a/f");
  check (fd > 1, "back at the root");
  close (fd);
  fd = open ("/..");
  int root = open ("/");
  check (inumber (fd) == inumber (root), "the root's parent is the root");
  close (fd);
  close (root);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
