/* write() from a buffer whose first half is the top of the stack page
   and whose second half is the kernel's: the process must die before
   anything is printed. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "write-straddle";

int
main (void)
{
  msg ("begin");
  write (1, (const void *) (USER_TOP - 5), 10);
  fail ("should have died");
}
