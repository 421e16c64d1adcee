/* Four processes write to one file at once, each its own part, in small
   pieces: in the end every part holds its writer's bytes and nothing of
   the others'. */
#include <stdio.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fs-writers";

#define PART (8 * 1024)
#define WRITERS 4

static char buffer[PART];

int
main (void)
{
  msg ("begin");
  check (create ("shared", WRITERS * PART), "create shared");
  pid_t pids[WRITERS];
  for (int i = 0; i < WRITERS; i++)
    {
      char cmdline[32];
      snprintf (cmdline, sizeof cmdline, "child-writer %d", i);
      pids[i] = exec (cmdline);
    }
  int failures = 0;
  for (int i = 0; i < WRITERS; i++)
    failures += wait (pids[i]) != 0;
  check (failures == 0, "%d writers all wrote their part", WRITERS);

  int fd = open ("shared");
  for (int i = 0; i < WRITERS; i++)
    {
      if (read (fd, buffer, PART) != PART)
        fail ("read part %d", i);
      check_pattern (buffer, PART, 100 + i, 0, "a part");
    }
  msg ("every part holds its writer's bytes");
  msg ("end");
  return 0;
}
