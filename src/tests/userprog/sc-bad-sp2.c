/* Makes a system call with the stack pointer in an unmapped user page.
   The kernel kills the process. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-bad-sp2";

int
main (void)
{
  msg ("begin");
  asm volatile ("movl $0x20101234, %esp; int $0x30");
  fail ("should have died");
}
