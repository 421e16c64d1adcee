/* Writes 160 kB to one file, 4 kB at a time.
   Run by the crash tests: the first boot loses its power in the middle
   (power_cut() in the .ck file), the second runs "crash-write check", which
   must find a file system that mounted, and a state that some prefix of
   the operations left: each operation happened entirely or not at all. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "crash-write"
#endif
const char test_name[] = TEST_NAME;

/* The first boot: the operations, until the power goes. */
static void
operate (void)
{
  write_file ("data", 160 * 1024, 17, 4096);
}

/* The second boot: what the operations left. */
static void
verify (void)
{
  int fd = open ("data");
  if (fd < 0)
    {
      msg ("nothing half-written");
      return;
    }
  int size = filesize (fd);
  close (fd);
  if (size % 4096 != 0 || size > 160 * 1024)
    fail ("the file has %d bytes: not a whole number of writes", size);
  check_file ("data", size, 17, 4096);
  msg ("nothing half-written");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
