/* mmap at an address off a page boundary is refused, while the
   same file maps at a good address. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-misalign";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 1000, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, MAP_AREA + 0x123) == MAP_FAILED, "refused");
  check (mmap (fd, MAP_AREA) != MAP_FAILED, "the same file maps at a good address");
  return 0;
}
