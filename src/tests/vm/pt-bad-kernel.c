/* Writes just above the top of user memory, where the kernel begins:
   no stack growth there, the process dies. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-bad-kernel";

int
main (void)
{
  msg ("begin");
  *(volatile int *) USER_TOP = 1;
  fail ("should have died");
}
