/* Makes 30 directories, each with a file in it.
   Run by the crash tests: the first boot loses its power in the middle
   (power_cut() in the .ck file), the second runs "crash-mkdir check", which
   must find a file system that mounted, and a state that some prefix of
   the operations left: each operation happened entirely or not at all. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "crash-mkdir"
#endif
const char test_name[] = TEST_NAME;

/* The first boot: the operations, until the power goes. */
static void
operate (void)
{
  char path[32];
  for (int i = 0; i < 30; i++)
    {
      snprintf (path, sizeof path, "d%d", i);
      if (!mkdir (path))
        fail ("mkdir %s", path);
      snprintf (path, sizeof path, "d%d/f", i);
      write_file (path, 300, i, 300);
    }
}

/* The second boot: what the operations left. */
static void
verify (void)
{
  char path[32];
  int present = 0;
  for (; present < 30; present++)
    {
      snprintf (path, sizeof path, "d%d", present);
      int fd = open (path);
      if (fd < 0)
        break;
      if (!isdir (fd))
        fail ("%s is not a directory", path);
      close (fd);
      snprintf (path, sizeof path, "d%d/f", present);
      fd = open (path);
      int size = fd < 0 ? 0 : filesize (fd);
      close (fd);
      if (size == 0)
        {
          present++;
          break;                  /* Cut before the file was written. */
        }
      check_file (path, 300, present, 300);
    }
  for (int i = present; i < 30; i++)
    {
      snprintf (path, sizeof path, "d%d", i);
      if (open (path) >= 0)
        fail ("%s is there after a missing one", path);
    }
  msg ("the directories made before the cut are there, and whole");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
