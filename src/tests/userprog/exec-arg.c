/* Runs a child with arguments, separated by runs of spaces. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-arg";

int
main (void)
{
  msg ("begin");
  msg ("child-args returned %d", run ("child-args   w1 w2    w3 "));
  msg ("end");
  return 0;
}
