/* Reads kernel memory, which user mode may not. The kernel must kill
   the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-read-k";

int
main (void)
{
  msg ("begin");
  msg ("read %d", *(volatile int *) 0xc0020000);
  fail ("should have died");
}
