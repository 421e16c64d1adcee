/* Reads from address 0, which is never mapped. The kernel must kill
   the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-read";

int
main (void)
{
  msg ("begin");
  msg ("read %d", *(volatile int *) NULL);
  fail ("should have died");
}
