/* Writes to address 0, which is never mapped. The kernel must kill
   the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-write";

int
main (void)
{
  msg ("begin");
  *(volatile int *) NULL = 42;
  fail ("should have died");
}
