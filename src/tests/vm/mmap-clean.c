/* Maps a file and only reads it, then changes the file with write ()
   and unmaps: the clean page must not be written back over the change. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-clean";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 4096, 1);
  int fd = open_or_fail ("data");
  mapid_t map = map_or_fail (fd, MAP_AREA);
  check_pattern (MAP_AREA, 4096, 1, 0, "the mapping");
  uint8_t page[4096];
  fill_pattern (page, sizeof page, 7, 0);
  check (write (fd, page, sizeof page) == sizeof page, "the file changed under the mapping");
  munmap (map);
  check_pattern_file ("data", 4096, 7);
  msg ("munmap did not write the clean page back");
  return 0;
}
