/* Writes kernel memory, which user mode may not. The kernel must kill
   the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-write-k";

int
main (void)
{
  msg ("begin");
  *(volatile int *) 0xc0020000 = 42;
  fail ("should have died");
}
