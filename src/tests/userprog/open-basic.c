/* open() of files that exist and that do not: every open of the same
   file gets a descriptor of its own, none of them 0 or 1. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "open-basic";

int
main (void)
{
  msg ("begin");
  int a = open ("open-basic");
  check (a > 1, "open my own executable");
  int b = open ("open-basic");
  check (b > 1 && b != a, "open it again: another descriptor");
  check (filesize (a) == filesize (b) && filesize (a) > 0,
         "both see the same size");
  check (open ("no-such-file") == -1, "open a missing file fails");
  check (open ("") == -1, "open an empty name fails");
  close (a);
  close (b);
  msg ("end");
  return 0;
}
