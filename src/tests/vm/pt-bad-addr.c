/* Reads an address in the middle of user space where nothing is
   mapped or promised: the process dies. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-bad-addr";

int
main (void)
{
  msg ("begin");
  msg ("read %d", *(volatile int *) 0x20000000);
  fail ("should have died");
}
