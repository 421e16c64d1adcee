/* A child writes page after page of its stack until memory and a tiny
   swap disk are promised out, and is killed; the parent then does the
   same again, and the second child gets as deep as the first: the
   first one's swap slots all came back. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "page-swap-full";

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

static int
child_depth (void)
{
  if (run ("page-swap-full child") != -1)
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
  check (first > 64 && first == second,
         "both children got past the pool, into swap, equally deep");
  return 0;
}
