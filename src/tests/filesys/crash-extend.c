/* Extends a file that already has 20 kB by writes far past its end.
   Run by the crash tests: the first boot loses its power in the middle
   (power_cut() in the .ck file), the second runs "crash-extend check", which
   must find a file system that mounted, and a state that some prefix of
   the operations left: each operation happened entirely or not at all. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "crash-extend"
#endif
const char test_name[] = TEST_NAME;

/* The first boot: the operations, until the power goes. */
static void
operate (void)
{
  write_file ("data", 20 * 1024, 3, 4096);
  int fd = open ("data");
  static char buf[4096];
  for (int i = 1; i <= 30; i++)
    {
      fill_pattern (buf, sizeof buf, 50 + i, 0);
      seek (fd, i * 100 * 1024);
      if (write (fd, buf, sizeof buf) != sizeof buf)
        fail ("write at %d kB", i * 100);
    }
  close (fd);
}

/* The second boot: what the operations left. */
static void
verify (void)
{
  static char buf[4096];
  int fd = open ("data");
  if (fd < 0)
    {
      msg ("all that is there is whole");
      return;
    }
  int size = filesize (fd);
  int writes = size <= 20 * 1024 ? 0 : (size - 4096) / (100 * 1024);
  /* The first 20 kB are five writes of 4 kB: the cut may fall among them. */
  int first = size < 20 * 1024 ? size : 20 * 1024;
  if (size % 4096 != 0 || (size > 20 * 1024 && size != writes * 100 * 1024 + 4096))
    fail ("the file has %d bytes: no number of whole writes gives that", size);
  for (int i = 1; i <= writes; i++)
    {
      seek (fd, i * 100 * 1024);
      if (read (fd, buf, sizeof buf) != sizeof buf)
        fail ("read at %d kB", i * 100);
      check_pattern (buf, sizeof buf, 50 + i, 0, "extension");
    }
  if (writes > 0)
    check_zeros (fd, 20 * 1024, 80 * 1024);
  for (int ofs = 0; ofs < first; ofs += sizeof buf)
    {
      seek (fd, ofs);
      if (read (fd, buf, sizeof buf) != sizeof buf)
        fail ("read the first 20 kB at %d", ofs);
      check_pattern (buf, sizeof buf, 3, ofs, "first 20 kB");
    }
  close (fd);
  msg ("all that is there is whole");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
