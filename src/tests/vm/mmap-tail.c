/* Writes into a mapped file's last page, past the end of the file: the
   file keeps its length, and its own bytes are written back. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-tail";

#define SIZE 5000

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", SIZE, 1);
  mapid_t map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  fill_pattern (MAP_AREA, 2 * PAGE_SIZE, 3, 0);
  munmap (map);
  check_pattern_file ("data", SIZE, 3);
  msg ("the file is still %d bytes, all written back", SIZE);
  return 0;
}
