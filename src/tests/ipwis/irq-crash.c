/* An interrupt-mode program that reads address 0: the kernel kills it
   with exit status -1, and the grant that started it fails. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "irq-crash";

int
main (void)
{
  msg ("begin");
  msg ("read %d", *(volatile int *) NULL);
  fail ("should have died");
}
