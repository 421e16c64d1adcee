/* Free space in holes all over the disk: a big file still grows through them. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "grow-frag"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char name[16];
  int made = 0;
  for (; made < 200; made++)
    {
      snprintf (name, sizeof name, "f%d", made);
      if (!create (name, 0))
        break;
      int fd = open (name);
      static char buf[4096];
      int wrote = write (fd, buf, sizeof buf);
      close (fd);
      if (wrote != sizeof buf)
        break;
    }
  check (made > 100, "filled the disk with 4 kB files");
  for (int i = 0; i < made; i += 2)
    {
      snprintf (name, sizeof name, "f%d", i);
      remove (name);
    }
  msg ("removed every other one");
  write_file ("big", 150 * 1024, 9, 4096);
  msg ("a 150 kB file grows in the holes");
  check_file ("big", 150 * 1024, 9, 4096);
  msg ("and reads back");
}

/* The second boot of grow-frag-p: did everything survive? */
static void
verify (void)
{
  check_file ("big", 150 * 1024, 9, 4096);
  msg ("the big file survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
