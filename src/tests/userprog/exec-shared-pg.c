/* Runs a child whose code and data segments share a page (see
   child-share.lds). */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-shared-pg";

int
main (void)
{
  msg ("begin");
  msg ("child-share returned %d", run ("child-share"));
  msg ("end");
  return 0;
}
