/* The root directory grows past its first sectors: 120 files in it. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-root"
#endif
const char test_name[] = TEST_NAME;

/* Fails unless file0 ... file119 are there, file I of I bytes. */
static void
check_files (void)
{
  char name[16];
  for (int i = 0; i < 120; i++)
    {
      snprintf (name, sizeof name, "file%d", i);
      int fd = open (name);
      if (fd < 0 || filesize (fd) != i)
        fail ("open %s", name);
      close (fd);
    }
}

static void
operate (void)
{
  char name[16];
  for (int i = 0; i < 120; i++)
    {
      snprintf (name, sizeof name, "file%d", i);
      if (!create (name, i))
        fail ("create %s", name);
    }
  msg ("created 120 files in the root");
  check_files ();
  msg ("each opens with its size");
}

/* The second boot of grow-root-p: did everything survive? */
static void
verify (void)
{
  check_files ();
  msg ("all 120 files survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
