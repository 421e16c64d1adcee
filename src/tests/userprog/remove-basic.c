/* remove() of files that exist, are open, or do not exist. A removed
   file that is still open stays readable through its descriptor, and
   its name is free for a new file at once. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "remove-basic";

static char data[64], back[64];

int
main (void)
{
  msg ("begin");
  check (create ("gone", 10), "create gone");
  check (remove ("gone"), "remove gone");
  check (open ("gone") == -1, "open gone fails");
  check (!remove ("gone"), "remove gone again fails");
  check (!remove ("never-was"), "remove a missing file fails");

  check (create ("kept", sizeof data), "create kept");
  int fd = open ("kept");
  fill_pattern (data, sizeof data, 5, 0);
  check (write (fd, data, sizeof data) == sizeof data, "write kept");
  check (remove ("kept"), "remove kept while it is open");
  check (open ("kept") == -1, "open kept by name fails");
  seek (fd, 0);
  check (read (fd, back, sizeof back) == sizeof back,
         "read it through the open descriptor");
  check_pattern (back, sizeof back, 5, 0, "kept");
  check (create ("kept", 5), "create a new kept");
  close (fd);
  msg ("end");
  return 0;
}
