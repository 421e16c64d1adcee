/* The merge sort on an mmap'ed file: the words are read from the file
   on demand, and written back to it, under a pool too small to hold
   them. After munmap the file, read with read (), must be sorted. */
#include "tests/vm/vmtest.h"

#define WORDS (12 * 1024)               /* 48 kB, and as much again to merge into. */

const char test_name[] = "page-merge-mm";

static uint32_t scratch[WORDS];

int
main (void)
{
  msg ("begin");
  fill_random (scratch, WORDS, 9);
  uint32_t sum = sum_words (scratch, WORDS);
  check (create ("words", sizeof scratch), "create \"words\"");
  int fd = open_or_fail ("words");
  check (write (fd, scratch, sizeof scratch) == sizeof scratch, "write it");
  mapid_t map = map_or_fail (fd, MAP_AREA);
  merge_sort ((uint32_t *) MAP_AREA, scratch, WORDS);
  munmap (map);
  seek (fd, 0);
  check (read (fd, scratch, sizeof scratch) == sizeof scratch, "read it back");
  check_sorted (scratch, WORDS, sum);
  msg ("the file is sorted");
  return 0;
}
