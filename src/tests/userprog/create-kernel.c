/* create() with a name in kernel memory must kill the process: the
   kernel can read that memory, the process may not. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "create-kernel";

int
main (void)
{
  msg ("begin");
  create ((const char *) 0xc0020000, 0);
  fail ("should have died");
}
