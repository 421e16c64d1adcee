/* readdir lists every entry once, never "." or "..", and removed entries no more. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-readdir"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  char name[READDIR_MAX_LEN + 1];
  bool seen[5] = { false };
  check (mkdir ("d"), "mkdir d");
  for (int i = 0; i < 5; i++)
    {
      char path[16];
      snprintf (path, sizeof path, "d/n%d", i);
      if (i % 2 ? !mkdir (path) : !create (path, 0))
        fail ("make %s", path);
    }
  check (remove ("d/n3"), "made five entries, removed n3");
  int fd = open ("d"), count = 0;
  while (readdir (fd, name))
    {
      if (name[0] != 'n' || name[1] < '0' || name[1] > '4' || name[2] || seen[name[1] - '0'])
        fail ("readdir gave '%s'", name);
      seen[name[1] - '0'] = true;
      count++;
    }
  close (fd);
  check (count == 4 && !seen[3], "readdir gave n0, n1, n2 and n4, once each");
}

/* The second boot of dir-readdir-p: did everything survive? */
static void
verify (void)
{
  char name[READDIR_MAX_LEN + 1];
  int fd = open ("d"), count = 0;
  while (readdir (fd, name))
    count++;
  close (fd);
  check (count == 4, "d still lists four entries");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
