/* Makes a system call whose number's four bytes straddle the bottom of
   the stack page: two bytes lie in the unmapped page below it, two in
   the stack page. The kernel must notice the missing half and kill the
   process. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-straddle";

int
main (void)
{
  msg ("begin");
  asm volatile ("movl %0, %%esp; int $0x30" : : "i" (USER_TOP - PAGE_SIZE - 2));
  fail ("should have died");
}
