/* A child that dereferences a null pointer, and so is killed. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-bad";

int
main (void)
{
  msg ("run");
  return *(volatile int *) NULL;
}
