/* Returns from main: _start turns the return value into the exit
   status. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exit-return";

int
main (void)
{
  msg ("begin");
  return 42;
}
