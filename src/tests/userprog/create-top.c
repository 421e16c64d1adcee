/* create() with a name whose first byte is the last byte of user memory
   and is not a NUL: the rest of the "string" is kernel memory, so the
   process must die. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "create-top";

int
main (void)
{
  msg ("begin");
  char *last = (char *) (USER_TOP - 1);
  *last = 'a';
  create (last, 0);
  fail ("should have died");
}
