/* Opens files until open() fails: the kernel must refuse cleanly, not
   crash or leak; after closing them all, opening works again. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "fd-limit";

static int fds[1000];

int
main (void)
{
  msg ("begin");
  int count = 0;
  while (count < 1000 && (fds[count] = open ("fd-limit")) != -1)
    count++;
  check (count >= 16 && count < 1000, "open fails at some limit, cleanly");
  for (int i = 0; i < count; i++)
    close (fds[i]);
  int fd = open ("fd-limit");
  check (fd > 1, "after closing them all, open works");
  close (fd);
  msg ("end");
  return 0;
}
