/* Runs a privileged instruction (hlt) in user mode. The kernel must
   kill the process with exit status -1 and carry on. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "bad-priv";

int
main (void)
{
  msg ("begin");
  asm volatile ("hlt");
  fail ("should have died");
}
