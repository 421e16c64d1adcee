/* Closes the descriptor right after mapping: the mapping lives on, for
   reading and writing, and is written back at munmap. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-close";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 6000, 1);
  int fd = open_or_fail ("data");
  mapid_t map = map_or_fail (fd, MAP_AREA);
  close (fd);
  check_pattern (MAP_AREA, 6000, 1, 0, "the mapping");
  fill_pattern (MAP_AREA, 6000, 4, 0);
  munmap (map);
  check_pattern_file ("data", 6000, 4);
  msg ("the mapping outlived its descriptor");
  return 0;
}
