/* A child writes page after page of its stack until memory and a tiny
   swap disk are promised out, and is killed; the parent then does the
   same again, and the second child gets as deep as the first: the
   first one's swap slots all came back. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "page-swap-full";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "child"))
    return grow_stack_forever (0, open_or_fail ("depth"));

  msg ("begin");
  check (stack_grower_depth_twice ("page-swap-full child") > 64,
         "both children got past the pool, into swap, equally deep");
  return 0;
}
