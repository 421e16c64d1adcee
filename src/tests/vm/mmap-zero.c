/* An empty file cannot be mapped; a 1-byte file can. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-zero";

int
main (void)
{
  msg ("begin");
  check (create ("empty", 0), "created an empty file");
  check (mmap (open_or_fail ("empty"), MAP_AREA) == MAP_FAILED, "refused");
  make_pattern_file ("data", 1, 1);
  check (mmap (open_or_fail ("data"), MAP_AREA) != MAP_FAILED, "a 1-byte file maps there");
  return 0;
}
