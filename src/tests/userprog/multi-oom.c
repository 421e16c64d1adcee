/* Runs processes until memory runs out, ten times over, and checks that
   the tenth time gets exactly as far as the first: if the kernel kept
   anything of the processes that ended, the later rounds would reach less
   deep. Each round is a chain "multi-oom deep N", each link of which
   leaves files open, runs a child that the kernel kills (in one of three
   ways) and then starts the next link, until exec fails. So hundreds of
   processes end in every way: exiting normally, killed, or never loaded
   for lack of memory. Run with a small user pool (-ul). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "multi-oom";

#define ROUNDS 10

/* A child that the kernel must kill: how depends on KIND. */
static void NO_RETURN
crash (int kind)
{
  if (kind == 0)
    *(volatile int *) NULL = 0;
  else if (kind == 1)
    *(volatile int *) 0xc0020000 = 0;
  else
    open ((const char *) 0x20101234);
  fail ("crash %d survived", kind);
}

/* Link N of the chain: returns the depth the chain reached. */
static int
deep (int n)
{
  for (int i = 0; i < 3; i++)
    open ("multi-oom");

  char cmdline[32];
  snprintf (cmdline, sizeof cmdline, "multi-oom crash %d", n % 3);
  pid_t victim = exec (cmdline);
  if (victim != PID_ERROR && wait (victim) != -1)
    fail ("a crashing child did not end with -1");

  snprintf (cmdline, sizeof cmdline, "multi-oom deep %d", n + 1);
  pid_t next = exec (cmdline);
  return next == PID_ERROR ? n : wait (next);
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && !strcmp (argv[1], "crash"))
    crash (atoi (argv[2]));
  if (argc == 3 && !strcmp (argv[1], "deep"))
    return deep (atoi (argv[2]));

  msg ("begin");
  int first = run ("multi-oom deep 1");
  if (first < 10)
    fail ("only %d processes deep: the test needs a deeper chain", first);
  for (int round = 1; round < ROUNDS; round++)
    {
      int depth = run ("multi-oom deep 1");
      if (depth != first)
        fail ("round %d reached depth %d, round 0 reached %d",
              round, depth, first);
      msg ("round %d reached the depth of round 0", round);
    }
  msg ("end");
  return 0;
}
