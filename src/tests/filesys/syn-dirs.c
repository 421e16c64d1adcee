/* Three processes each make a directory of 12 files at once. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "syn-dirs"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  pid_t pids[3];
  const char *cmd[3] = { "child-syn-dir a", "child-syn-dir b", "child-syn-dir c" };
  for (int i = 0; i < 3; i++)
    pids[i] = exec (cmd[i]);
  int bad = 0;
  for (int i = 0; i < 3; i++)
    bad += wait (pids[i]) != 0;
  check (bad == 0, "all three made their directories");
  const char *dirs[3] = { "a", "b", "c" };
  for (int i = 0; i < 3; i++)
    {
      char name[READDIR_MAX_LEN + 1];
      int fd = open (dirs[i]), count = 0;
      while (readdir (fd, name))
        count++;
      close (fd);
      if (count != 12)
        fail ("%s has %d entries", dirs[i], count);
    }
  msg ("each holds its 12 files");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
