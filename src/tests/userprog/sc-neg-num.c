/* Makes a system call with number -1, which a kernel that compares it
   as a signed int might take for a valid index. It must kill the
   process. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-neg-num";

int
main (void)
{
  msg ("begin");
  asm volatile ("pushl $0; pushl $-1; int $0x30; addl $8, %esp");
  fail ("should have died");
}
