/* A child writes through a mapping and exits without munmap: exit
   writes the page back, and the parent finds it in the file. */
#include <string.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-exit";

int
main (int argc, char *argv[])
{
  if (argc == 2 && !strcmp (argv[1], "child"))
    {
      map_or_fail (open_or_fail ("data"), MAP_AREA);
      fill_pattern (MAP_AREA, 7000, 5, 0);
      return 0;
    }
  msg ("begin");
  make_pattern_file ("data", 7000, 1);
  check (run ("mmap-exit child") == 0, "the child wrote and exited");
  check_pattern_file ("data", 7000, 5);
  msg ("its writes reached the file");
  return 0;
}
