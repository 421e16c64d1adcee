/* Maps a 10 kB file (three pages, the last partly past the end of the
   file) and reads it through memory: the bytes are the file's, and the
   rest of the last page is zeros. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-read";

#define SIZE 10000

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", SIZE, 1);
  map_or_fail (open_or_fail ("data"), MAP_AREA);
  check_pattern (MAP_AREA, SIZE, 1, 0, "the mapping");
  msg ("the mapping shows the file");
  for (int i = SIZE; i < 3 * PAGE_SIZE; i++)
    if (MAP_AREA[i] != 0)
      fail ("byte %d past the end is %d", i, MAP_AREA[i]);
  msg ("and zeros past its end");
  return 0;
}
