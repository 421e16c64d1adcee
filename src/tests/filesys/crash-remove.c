/* Makes 30 files, then removes them all, in the same order.
   Run by the crash tests: the first boot loses its power in the middle
   (power_cut() in the .ck file), the second runs "crash-remove check", which
   must find a file system that mounted, and a state that some prefix of
   the operations left: each operation happened entirely or not at all. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include <stdbool.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "crash-remove"
#endif
const char test_name[] = TEST_NAME;

/* The first boot: the operations, until the power goes. */
static void
operate (void)
{
  char name[16];
  for (int i = 0; i < 30; i++)
    {
      snprintf (name, sizeof name, "r%d", i);
      write_file (name, 2000, i, 2000);
    }
  for (int i = 0; i < 30; i++)
    {
      snprintf (name, sizeof name, "r%d", i);
      if (!remove (name))
        fail ("remove %s", name);
    }
}

/* The second boot: what the operations left. */
static void
verify (void)
{
  char name[16];
  bool there[30];
  int first = -1, last = -1;
  for (int i = 0; i < 30; i++)
    {
      snprintf (name, sizeof name, "r%d", i);
      int fd = open (name);
      there[i] = fd >= 0;
      if (there[i] && filesize (fd) == 0)
        {
          /* Cut between its create and its write: the last one made. */
          close (fd);
          for (int j = i + 1; j < 30; j++)
            {
              snprintf (name, sizeof name, "r%d", j);
              if (open (name) >= 0)
                fail ("r%d is there after r%d, which is empty", j, i);
            }
          last = i;
          first = first < 0 ? i : first;
          break;
        }
      close (fd);
      if (there[i])
        {
          check_file (name, 2000, i, 2000);
          if (first < 0)
            first = i;
          last = i;
        }
    }
  for (int i = first; first >= 0 && i <= last; i++)
    if (!there[i])
      fail ("r%d is missing between r%d and r%d", i, first, last);
  if (first > 0 && last != 29)
    fail ("r%d to r%d: not what any point of the run leaves", first, last);
  msg ("the files left are whole, and some point of the run left them");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
