/* Removes a mapped file: the mapping still shows and takes its bytes,
   and a new file of the same name is another file. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-remove";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", 5000, 1);
  int fd = open_or_fail ("data");
  mapid_t map = map_or_fail (fd, MAP_AREA);
  close (fd);
  check (remove ("data"), "removed the file");
  check_pattern (MAP_AREA, 5000, 1, 0, "the mapping");
  fill_pattern (MAP_AREA, 5000, 2, 0);
  check_pattern (MAP_AREA, 5000, 2, 0, "the mapping");
  msg ("the mapping still works");
  make_pattern_file ("data", 5000, 3);
  munmap (map);
  check_pattern_file ("data", 5000, 3);
  msg ("the new file is untouched");
  return 0;
}
