/* exec() of programs that cannot start: a missing file, an empty or
   blank command line, a file that is not a program. Each returns -1 at
   once, and the caller goes on. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-missing";

int
main (void)
{
  msg ("begin");
  check (exec ("no-such-file") == PID_ERROR, "exec no-such-file: -1");
  check (exec ("") == PID_ERROR, "exec \"\": -1");
  check (exec ("    ") == PID_ERROR, "exec of spaces: -1");
  check (create ("empty", 0), "create an empty file");
  check (exec ("empty arg") == PID_ERROR, "exec the empty file: -1");
  check (exec ("a-file-name-far-too-long-for-any-disk") == PID_ERROR,
         "exec a name too long: -1");
  msg ("end");
  return 0;
}
