/* Runs an invalid instruction (ud2). The kernel must kill the process
   with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-insn";

int
main (void)
{
  msg ("begin");
  asm volatile ("ud2");
  fail ("should have died");
}
