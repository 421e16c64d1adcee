/* mkdir, then a file made in the new directory by a relative path after chdir and by an absolute one. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-mkdir"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  check (mkdir ("a"), "mkdir a");
  check (create ("/a/one", 10), "create /a/one");
  check (chdir ("a"), "chdir a");
  check (create ("two", 20), "create two, relative to a");
  int fd = open ("/a/two");
  check (fd > 1 && filesize (fd) == 20, "open /a/two: 20 bytes");
  close (fd);
  fd = open ("one");
  check (fd > 1 && filesize (fd) == 10, "open one, relative: 10 bytes");
  close (fd);
  check (open ("/one") < 0, "there is no /one");
}

/* The second boot of dir-mkdir-p: did everything survive? */
static void
verify (void)
{
  int fd = open ("/a/one");
  check (fd > 1 && filesize (fd) == 10, "/a/one survived");
  close (fd);
  fd = open ("a/two");
  check (fd > 1 && filesize (fd) == 20, "a/two survived");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
