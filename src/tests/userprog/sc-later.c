/* Calls the system calls of later phases (mmap ... inumber). In this
   phase each must fail cleanly, returning -1 or false, and the process
   goes on. (Run by a later phase, that phase's calls work.) */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "sc-later";

int
main (void)
{
  msg ("begin");
  char name[READDIR_MAX_LEN + 1];
  check (mmap (3, (void *) 0x10000000) == MAP_FAILED, "mmap fails");
  munmap (0);
  msg ("munmap returns");
  /* From the filesys phase on, these two work: sc-later.ck expects what
     the phase running it should give. */
  msg ("chdir (\"/\") returns %s", chdir ("/") ? "true" : "false");
  msg ("mkdir (\"d\") returns %s", mkdir ("d") ? "true" : "false");
  check (!readdir (3, name), "readdir fails");
  check (!isdir (3), "isdir fails");
  check (inumber (3) == -1, "inumber fails");
  msg ("end");
  return 0;
}
