/* Four processes write their own parts of one empty file at once, growing it (the last part's writer past holes the others are filling); each part holds its writer's bytes. */
#include <string.h>
#include <syscall.h>
#include <stdio.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "syn-write"
#endif
const char test_name[] = TEST_NAME;

/* Fails unless part I of "parts" (8 kB) holds pattern 30 + I. */
static void
check_parts (void)
{
  static char buf[8192];
  int fd = open ("parts");
  for (int i = 0; i < 4; i++)
    {
      if (read (fd, buf, sizeof buf) != sizeof buf)
        fail ("read part %d", i);
      check_pattern (buf, sizeof buf, 30 + i, 0, "part");
    }
  close (fd);
}

static void
operate (void)
{
  check (create ("parts", 0), "create an empty file");
  pid_t pids[4];
  for (int i = 0; i < 4; i++)
    {
      char cmd[32];
      snprintf (cmd, sizeof cmd, "child-syn-wr %d", i);
      pids[i] = exec (cmd);
    }
  int bad = 0;
  for (int i = 0; i < 4; i++)
    bad += wait (pids[i]) != 0;
  check (bad == 0, "all four wrote");
  int fd = open ("parts");
  check (filesize (fd) == 4 * 8192, "the file grew to 32 kB");
  close (fd);
  check_parts ();
  msg ("each part holds its writer's bytes");
}

/* The second boot of syn-write-p: did everything survive? */
static void
verify (void)
{
  check_parts ();
  msg ("every part survived");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, verify);
}
