/* Divides by zero. The kernel must kill the process with exit status
   -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-div";

int
main (void)
{
  msg ("begin");
  /* In assembly: the compiler may turn a C division by zero into
     anything, since it is undefined behavior. */
  asm volatile ("xorl %%edx, %%edx; xorl %%ecx, %%ecx; divl %%ecx"
                : : : "eax", "ecx", "edx");
  fail ("should have died");
}
