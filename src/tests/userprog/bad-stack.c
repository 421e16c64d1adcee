/* Writes below the one-page stack, where nothing is mapped. The
   kernel must kill the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-stack";

int
main (void)
{
  msg ("begin");
  *(volatile int *) (USER_TOP - PAGE_SIZE - 4) = 42;
  fail ("should have died");
}
