/* With a small user pool and no swap, a child grows its stack until
   memory is promised out: the kernel kills it, rather than letting it
   take what others need, and gives everything back. Twice, to see that
   the second child gets exactly as deep as the first. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-stack-oom";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "child"))
    return grow_stack_forever (0, open_or_fail ("depth"));

  msg ("begin");
  check (stack_grower_depth_twice ("pt-stack-oom child") > 20,
         "both children were killed at the same depth");
  return 0;
}
