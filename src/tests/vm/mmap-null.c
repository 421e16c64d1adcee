/* mmap at address 0 is refused, while the
   same file maps at a good address. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-null";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 1000, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, NULL) == MAP_FAILED, "refused");
  check (mmap (fd, MAP_AREA) != MAP_FAILED, "the same file maps at a good address");
  return 0;
}
