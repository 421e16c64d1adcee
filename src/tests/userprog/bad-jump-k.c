/* Jumps into the kernel's code. The kernel must kill the process with
   exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-jump-k";

int
main (void)
{
  msg ("begin");
  ((void (*) (void)) 0xc0020000) ();
  fail ("should have died");
}
