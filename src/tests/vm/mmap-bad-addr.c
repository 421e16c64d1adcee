/* mmap is refused at address 0, at an address off a page boundary, at
   the kernel's first page, and where the file would run into the
   kernel; the same file maps at a good address. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-bad-addr";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 2 * PAGE_SIZE, 1);
  int fd = open_or_fail ("data");
  check (mmap (fd, NULL) == MAP_FAILED, "at 0: refused");
  check (mmap (fd, MAP_AREA + 0x123) == MAP_FAILED, "misaligned: refused");
  check (mmap (fd, (void *) USER_TOP) == MAP_FAILED, "in the kernel: refused");
  check (mmap (fd, (void *) (USER_TOP - PAGE_SIZE)) == MAP_FAILED,
         "running into the kernel: refused");
  check (mmap (fd, MAP_AREA) != MAP_FAILED, "the same file maps at a good address");
  return 0;
}
