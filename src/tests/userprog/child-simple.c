/* A child that says hello and exits with 81. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-simple";

int
main (void)
{
  msg ("run");
  return 81;
}
