/* A subdirectory grows past one sector: 60 files in it. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-dir"
#endif
const char test_name[] = TEST_NAME;

/* How many entries readdir lists for directory DIR. */
static int
entries (const char *dir)
{
  char entry[READDIR_MAX_LEN + 1];
  int fd = open (dir), count = 0;
  while (readdir (fd, entry))
    count++;
  close (fd);
  return count;
}

static void
operate (void)
{
  char name[32];
  check (mkdir ("d"), "mkdir d");
  for (int i = 0; i < 60; i++)
    {
      snprintf (name, sizeof name, "d/f%d", i);
      if (!create (name, 0))
        fail ("create %s", name);
    }
  msg ("created 60 files in d");
  check (entries ("d") == 60, "readdir lists 60 entries");
}

/* The second boot of grow-dir-p: did everything survive? */
static void
verify (void)
{
  check (entries ("d") == 60, "d still lists 60 entries");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
