/* Maps one file twice, at two places: two ids, and both show it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-twice";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 5000, 1);
  int fd = open_or_fail ("data");
  mapid_t a = map_or_fail (fd, MAP_AREA);
  mapid_t b = map_or_fail (fd, MAP_AREA + 0x100000);
  check (a != b, "two different ids");
  check_pattern (MAP_AREA, 5000, 1, 0, "the first mapping");
  check_pattern (MAP_AREA + 0x100000, 5000, 1, 0, "the second mapping");
  msg ("both show the file");
  munmap (a);
  check_pattern (MAP_AREA + 0x100000, 5000, 1, 0, "the second mapping");
  msg ("the second outlives the first");
  return 0;
}
