/* After munmap the pages are gone: touching them kills the process. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-unmap";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 100, 1);
  mapid_t map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  check_pattern (MAP_AREA, 100, 1, 0, "the mapping");
  munmap (map);
  msg ("unmapped");
  msg ("read %d", *(volatile uint8_t *) MAP_AREA);
  fail ("should have died");
}
