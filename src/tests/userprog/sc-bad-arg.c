/* Puts the number of exit, which takes one argument, in the last word of
   user memory, so that the argument would be the first word of the
   kernel's. The kernel must not read it: it kills the process, with
   status -1 rather than whatever lies there. */
#include <syscall-nr.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-bad-arg";

int
main (void)
{
  msg ("begin");
  asm volatile ("movl $0xbffffffc, %%esp; movl %0, (%%esp); int $0x30"
                : : "i" (SYS_EXIT));
  fail ("should have died");
}
