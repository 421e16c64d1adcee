/* A process that exits without waiting for its children: they run on as
   orphans, and everything is freed when they end. The test runs a
   middle process that starts four children and exits at once. */
#include <syscall.h>
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "wait-orphans";

int
main (int argc, char *argv[] UNUSED)
{
  if (argc > 1)
    {
      /* The middle process: its children, one of them killed, are
         never waited for. */
      exec ("child-args w1 w2");
      exec ("child-bad");
      exec ("child-args w1");
      exec ("child-args");
      return 7;
    }
  msg ("begin");
  check (run ("wait-orphans middle") == 7, "the middle process exits 7");
  msg ("end");
  return 0;
}
