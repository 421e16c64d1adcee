/* Makes a system call with the stack pointer in kernel memory. The
   kernel must not read its "arguments" there: it kills the process. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-bad-sp";

int
main (void)
{
  msg ("begin");
  asm volatile ("movl $0xc0100000, %esp; int $0x30");
  fail ("should have died");
}
