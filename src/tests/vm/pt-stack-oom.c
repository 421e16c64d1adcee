/* With a small user pool and no swap, a child grows its stack until
   memory is promised out: the kernel kills it, rather than letting it
   take what others need, and gives everything back. Twice, to see that
   the second child gets exactly as deep as the first. */
#include <stdio.h>
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-stack-oom";

/* Touches a page of stack per call, and notes the depth in a file (the
   count dies with the stack). Returns only when the 8 MB are used up,
   which the pool is far too small for. */
static int
grow (int depth, int fd)
{
  volatile uint8_t page[PAGE_SIZE];
  page[0] = depth;
  seek (fd, 0);
  write (fd, &depth, sizeof depth);
  if (depth == 2048)
    return depth;
  return grow (depth + 1, fd) + page[0];
}

/* Runs a child and returns how deep it got. */
static int
child_depth (void)
{
  if (run ("pt-stack-oom child") != -1)
    fail ("the child was not killed");
  int fd = open_or_fail ("depth");
  int depth;
  read (fd, &depth, sizeof depth);
  close (fd);
  return depth;
}

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "child"))
    return grow (0, open_or_fail ("depth"));

  msg ("begin");
  create ("depth", sizeof (int));
  int first = child_depth ();
  int second = child_depth ();
  check (first > 20 && first == second, "both children were killed at the same depth");
  return 0;
}
