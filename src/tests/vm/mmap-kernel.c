/* mmap at the kernel's first page is refused, while the
   same file maps at a good address. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-kernel";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 1000, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, (void *) USER_TOP) == MAP_FAILED, "refused");
  check (mmap (fd, MAP_AREA) != MAP_FAILED, "the same file maps at a good address");
  return 0;
}
