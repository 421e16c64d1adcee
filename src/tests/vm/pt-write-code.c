/* Writes to a code page that was never loaded: the fault brings the
   page in, then the write breaks its protection, and the process dies. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-write-code";

int
main (void)
{
  msg ("begin");
  *((volatile uint8_t *) untouched_code + 8192) = 0;
  fail ("should have died");
}
