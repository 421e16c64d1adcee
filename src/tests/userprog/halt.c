/* Powers the machine off: nothing after the halt may run, and the
   process prints no exit line, since it never exits. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "halt";

int
main (void)
{
  msg ("begin");
  halt ();
  fail ("should have halted");
}
