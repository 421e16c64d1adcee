/* Four processes read one file at once, each through its own descriptor
   and position: none may see another's bytes or position. */
#include <stdio.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fs-readers";

#define SIZE (40 * 1024)
#define READERS 4

static char data[SIZE];

int
main (void)
{
  msg ("begin");
  check (create ("shared", SIZE), "create shared");
  int fd = open ("shared");
  fill_pattern (data, SIZE, 17, 0);
  check (write (fd, data, SIZE) == SIZE, "write %d kB", SIZE / 1024);
  close (fd);

  pid_t pids[READERS];
  for (int i = 0; i < READERS; i++)
    {
      char cmdline[32];
      snprintf (cmdline, sizeof cmdline, "child-reader %d", 100 + 777 * i);
      pids[i] = exec (cmdline);
    }
  int failures = 0;
  for (int i = 0; i < READERS; i++)
    failures += wait (pids[i]) != 0;
  check (failures == 0, "%d readers all read the right bytes", READERS);
  msg ("end");
  return 0;
}
