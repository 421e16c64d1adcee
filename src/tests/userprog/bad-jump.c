/* Jumps to address 0. The kernel must kill the process with exit
   status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-jump";

int
main (void)
{
  msg ("begin");
  ((void (*) (void)) NULL) ();
  fail ("should have died");
}
