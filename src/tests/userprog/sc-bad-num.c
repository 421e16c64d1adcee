/* Makes system calls with numbers the kernel does not know: 20, the
   first after the last defined one, must kill the process. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-bad-num";

int
main (void)
{
  msg ("begin");
  asm volatile ("pushl $0; pushl $20; int $0x30; addl $8, %esp");
  fail ("should have died");
}
