/* Uses a mapping as a system call's buffer, both ways: write () from a
   mapped page that was never touched, and read () into one, which must
   then be written back at munmap. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-syscall";

int
main (void)
{
  msg ("begin");
  make_pattern_file ("source", 8192, 1);
  make_pattern_file ("target", 8192, 2);
  int source = open_or_fail ("source");
  mapid_t map = map_or_fail (open_or_fail ("target"), MAP_AREA);
  check (read (source, MAP_AREA, 8192) == 8192, "read into the mapping");
  munmap (map);
  check_pattern_file ("target", 8192, 1);
  msg ("the read reached the mapped file");
  map = map_or_fail (source, MAP_AREA);
  create ("copy", 8192);
  int copy = open_or_fail ("copy");
  check (write (copy, MAP_AREA, 8192) == 8192, "write from the mapping");
  check_pattern_file ("copy", 8192, 1);
  msg ("the copy is right");
  return 0;
}
