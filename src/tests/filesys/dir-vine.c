/* A vine of 50 nested directories, made by chdir into each new one, then climbed back with "..". */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "dir-vine"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  int inumbers[51];
  int fd = open (".");
  inumbers[0] = inumber (fd);
  close (fd);
  for (int i = 1; i <= 50; i++)
    {
      if (!mkdir ("v") || !chdir ("v"))
        fail ("mkdir and chdir at depth %d", i);
      fd = open (".");
      inumbers[i] = inumber (fd);
      close (fd);
    }
  msg ("50 levels deep");
  check (create ("bottom", 5), "create a file at the bottom");
  for (int i = 49; i >= 0; i--)
    {
      if (!chdir (".."))
        fail ("chdir .. at depth %d", i + 1);
      fd = open (".");
      if (inumber (fd) != inumbers[i])
        fail ("depth %d is another directory", i);
      close (fd);
    }
  msg ("climbed back to the root through each level");
  fd = open ("v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/v/bottom");
  check (fd > 1 && filesize (fd) == 5, "the bottom file opens by its whole path");
  close (fd);
}

/* The second boot of dir-vine-p: did everything survive? */
static void
verify (void)
{
  for (int i = 0; i < 50; i++)
    if (!chdir ("v"))
      fail ("chdir v at depth %d", i);
  int fd = open ("bottom");
  check (fd > 1 && filesize (fd) == 5, "the vine and its bottom file survived");
  close (fd);
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
