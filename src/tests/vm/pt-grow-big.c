/* Grows the stack by a 64 kB object: sixteen pages below the one the
   program starts with, each faulted in on first touch. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-grow-big";

int
main (void)
{
  uint8_t big[64 * 1024];
  msg ("begin");
  fill_pattern (big, sizeof big, 1, 0);
  check_pattern (big, sizeof big, 1, 0, "the stack object");
  msg ("64 kB on the stack hold their bytes");
  return 0;
}
