/* Starts a chain of processes, each the child of the one before, 20
   deep, each waiting for its child: "multi-recurse N" runs
   "multi-recurse N-1" and exits with its status, plus one. */
#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "multi-recurse";

int
main (int argc, char *argv[])
{
  int n = argc > 1 ? atoi (argv[1]) : 0;
  msg ("begin %d", n);
  int status = 0;
  if (n > 0)
    {
      char cmdline[32];
      snprintf (cmdline, sizeof cmdline, "multi-recurse %d", n - 1);
      status = run (cmdline) + 1;
    }
  msg ("end %d", n);
  return status;
}
