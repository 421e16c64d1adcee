/* munmap of ids that name no mapping does nothing, and a real mapping
   survives them. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-bad-id";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 2000, 1);
  mapid_t map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  munmap (map + 1);
  munmap (-1);
  munmap (12345);
  check_pattern (MAP_AREA, 2000, 1, 0, "the mapping");
  msg ("the mapping survived");
  return 0;
}
