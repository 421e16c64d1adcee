/* A child does not inherit its parent's mappings: the child's access to
   the parent's mapped address kills it, and the parent's mapping is
   unharmed. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-inherit";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "child"))
    {
      *(volatile uint8_t *) MAP_AREA = 1;
      fail ("the child could write the parent's mapping");
    }
  msg ("begin");
  make_pattern_file ("data", 3000, 1);
  map_or_fail (open_or_fail ("data"), MAP_AREA);
  check (run ("mmap-inherit child") == -1, "the child died touching it");
  check_pattern (MAP_AREA, 3000, 1, 0, "the mapping");
  msg ("the parent's mapping is intact");
  return 0;
}
