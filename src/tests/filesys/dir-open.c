/* open() opens a directory: isdir says so, reads and writes move nothing, readdir works. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-open"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char name[READDIR_MAX_LEN + 1], buf[10];
  check (mkdir ("d"), "mkdir d");
  check (create ("d/x", 0), "create d/x");
  int fd = open ("d");
  check (fd > 1, "open d");
  check (isdir (fd), "isdir says it is a directory");
  check (write (fd, "hello", 5) <= 0, "write to it writes nothing");
  check (readdir (fd, name) && strcmp (name, "x") == 0, "readdir gives x");
  check (!readdir (fd, name), "and then nothing");
  close (fd);
  fd = open ("d/x");
  check (!isdir (fd), "d/x is not a directory");
  check (!readdir (fd, name), "readdir of a file fails");
  check (read (fd, buf, 10) == 0, "it is empty");
  close (fd);
  fd = open ("/");
  check (fd > 1 && isdir (fd), "open / gives the root");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
