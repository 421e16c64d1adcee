/* Writing until the disk is full: the last write is short, nothing breaks, and removing the file gives the space back. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-full"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  static char buf[8192];
  check (create ("hog", 0), "create an empty file");
  int fd = open ("hog");
  int total = 0, wrote;
  while ((wrote = write (fd, buf, sizeof buf)) == sizeof buf)
    total += wrote;
  total += wrote;
  check (total > 500 * 1024 && filesize (fd) == total, "the file grew until the disk was full");
  close (fd);
  check (remove ("hog"), "remove it");
  write_file ("again", 400 * 1024, 4, 8192);
  msg ("the space is back: 400 kB fit again");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
