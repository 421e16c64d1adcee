/* Runs a child linked by GNU ld with its default script, which puts the
   ELF headers, the code, the read-only data and the data in four
   segments: the loader must cope with any sane layout, not only the
   kit's own. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "exec-gnu-ld";

int
main (void)
{
  msg ("begin");
  msg ("child-ld returned %d", run ("child-ld"));
  msg ("end");
  return 0;
}
