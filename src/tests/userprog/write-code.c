/* Writes to its own code, which is mapped read-only. The kernel must
   kill the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "write-code";

int
main (void)
{
  msg ("begin");
  *(volatile uint8_t *) main = 0;
  fail ("should have died");
}
