/* mmap of the console descriptors, of a descriptor never opened, and of
   a negative one fails; a real file maps at the same address. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-bad-fd";

int
main (void)
{
  msg ("begin");
  check (mmap (0, MAP_AREA) == MAP_FAILED, "fd 0 refused");
  check (mmap (1, MAP_AREA) == MAP_FAILED, "fd 1 refused");
  check (mmap (99, MAP_AREA) == MAP_FAILED, "fd 99 refused");
  check (mmap (-5, MAP_AREA) == MAP_FAILED, "fd -5 refused");
  make_pattern_file ("data", 100, 1);
  check (mmap (open_or_fail ("data"), MAP_AREA) != MAP_FAILED, "a real file maps there");
  return 0;
}
