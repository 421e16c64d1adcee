/* Two processes run the same executable: it stays read-only until both
   have exited, not only the first. The parent runs "rox-multi 1", which
   starts "rox-multi 2" and waits; each tries to write to the file. */
#include <stdlib.h>
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "rox-multi";

/* Tries to write the first byte of the executable back in place; returns
   the bytes written. */
static int
try_write (void)
{
  int fd = open ("rox-multi");
  char byte;
  read (fd, &byte, 1);
  seek (fd, 0);
  int written = write (fd, &byte, 1);
  close (fd);
  return written;
}

int
main (int argc, char *argv[])
{
  int depth = argc > 1 ? atoi (argv[1]) : 0;
  if (depth == 1)
    {
      int child = run ("rox-multi 2");
      return child * 10 + try_write ();
    }
  if (depth == 2)
    return try_write ();

  msg ("begin");
  /* Three processes run rox-multi here: none may write. */
  check (run ("rox-multi 1") == 0, "no copy could write while others ran");
  msg ("end");
  return 0;
}
