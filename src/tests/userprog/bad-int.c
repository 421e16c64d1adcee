/* Raises an interrupt that user mode may not (vector 0x21, the
   keyboard's). The kernel must kill the process with exit status -1
   and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-int";

int
main (void)
{
  msg ("begin");
  asm volatile ("int $0x21");
  fail ("should have died");
}
