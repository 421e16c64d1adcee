/* Writes a pattern into a mapped file through memory and unmaps it:
   read () then finds the new bytes in the file. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-write";

#define SIZE 9000

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", SIZE, 1);
  mapid_t map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  fill_pattern (MAP_AREA, SIZE, 2, 0);
  munmap (map);
  check_pattern_file ("data", SIZE, 2);
  msg ("the file holds what was written to memory");
  return 0;
}
