/* close() of descriptors that name no file (never opened, already
   closed, the console's, negative, huge) does nothing and does not kill;
   a closed descriptor no longer works. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "close-basic";

int
main (void)
{
  msg ("begin");
  int fd = open ("close-basic");
  check (fd > 1, "open my own executable");
  close (fd);
  check (filesize (fd) == -1, "after close, the descriptor names nothing");
  close (fd);
  msg ("close it again");
  close (0);
  close (1);
  close (-1);
  close (5);
  close (0x7fffffff);
  msg ("close 0, 1, -1, 5 and INT_MAX");
  check (write (1, "", 0) == 0, "the console still works");
  msg ("end");
  return 0;
}
