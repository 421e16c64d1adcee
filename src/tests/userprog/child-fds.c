/* A child for fd-isolated: every descriptor its parent used must name
   nothing here. Exits with 0 if none works, with the descriptor number
   if one does. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "child-fds";

int
main (void)
{
  char byte;
  for (int fd = 2; fd < 200; fd++)
    if (filesize (fd) != -1 || read (fd, &byte, 1) != -1
        || write (fd, &byte, 1) != -1 || (int) tell (fd) != -1)
      return fd;
  /* Closing a descriptor that the parent has must not close the
     parent's file. */
  for (int fd = 2; fd < 200; fd++)
    close (fd);
  return 0;
}
