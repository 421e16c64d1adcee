/* read() into a buffer that starts in the last mapped page of the stack
   and runs past PHYS_BASE: the first bytes are fine, the rest are the
   kernel's, so the process must die (and the kernel must not have
   written there). */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "read-straddle";

int
main (void)
{
  msg ("begin");
  int fd = open ("read-straddle");
  check (fd > 1, "open my own executable");
  read (fd, (void *) (USER_TOP - 8), 16);
  fail ("should have died");
}
