/* Creates 40 files of 600 bytes each, one after another.
   Run by the crash tests: the first boot loses its power in the middle
   (power_cut() in the .ck file), the second runs "crash-create check", which
   must find a file system that mounted, and a state that some prefix of
   the operations left: each operation happened entirely or not at all. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "crash-create"
#endif
const char test_name[] = TEST_NAME;

/* The first boot: the operations, until the power goes. */
static void
operate (void)
{
  char name[16];
  for (int i = 0; i < 40; i++)
    {
      snprintf (name, sizeof name, "c%d", i);
      write_file (name, 600, i, 600);
    }
}

/* The second boot: what the operations left. */
static void
verify (void)
{
  char name[16];
  int present = 0;
  while (present < 40)
    {
      snprintf (name, sizeof name, "c%d", present);
      int fd = open (name);
      if (fd < 0)
        break;
      int size = filesize (fd);
      close (fd);
      present++;
      if (size == 0)
        break;                    /* Cut between its create and its write. */
      check_file (name, 600, present - 1, 600);
    }
  for (int i = present + 1; i < 40; i++)
    {
      snprintf (name, sizeof name, "c%d", i);
      if (open (name) >= 0)
        fail ("c%d is there, but c%d is not whole", i, present - 1);
    }
  msg ("the files made before the cut are whole, and none after a missing one");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
