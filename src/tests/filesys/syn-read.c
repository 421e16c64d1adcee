/* Four processes read one file at once, in pieces of different sizes. */
#include <string.h>
#include <syscall.h>
#include "tests/filesys/lib/fslib.h"

#ifndef TEST_NAME
#define TEST_NAME "syn-read"
#endif
const char test_name[] = TEST_NAME;

static void
operate (void)
{
  write_file ("shared", 40 * 1024, 21, 4096);
  msg ("wrote 40 kB");
  pid_t pids[4];
  const char *cmd[4] = { "child-syn-rd 512", "child-syn-rd 1000", "child-syn-rd 4096", "child-syn-rd 77" };
  for (int i = 0; i < 4; i++)
    pids[i] = exec (cmd[i]);
  int bad = 0;
  for (int i = 0; i < 4; i++)
    bad += wait (pids[i]) != 0;
  check (bad == 0, "all four read every byte right");
}

int
main (int argc, char *argv[])
{
  return fs_test_main (argc, argv, operate, NULL);
}
