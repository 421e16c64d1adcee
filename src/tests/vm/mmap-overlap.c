/* A second mapping that would overlap the first, at its start or in its
   middle, is refused, and the first is unharmed. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-overlap";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 3 * PAGE_SIZE, 1);
  int fd = open_or_fail ("data");
  map_or_fail (fd, MAP_AREA + PAGE_SIZE);
  check (mmap (fd, MAP_AREA + PAGE_SIZE) == MAP_FAILED, "same start refused");
  check (mmap (fd, MAP_AREA + 3 * PAGE_SIZE) == MAP_FAILED, "last page refused");
  check (mmap (fd, MAP_AREA) == MAP_FAILED, "ending inside refused");
  check_pattern (MAP_AREA + PAGE_SIZE, 3 * PAGE_SIZE, 1, 0, "the first mapping");
  msg ("the first mapping is intact");
  return 0;
}
