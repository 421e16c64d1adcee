/* Reads a 128 kB read-only table twice over with a 32-page pool: its
   pages are evicted, but they are clean copies of the executable, so
   they are dropped and read again, never written to swap. The counters
   that -vmstats prints show evictions and no swap-out. */
#include "tests/vm/vmtest.h"

const char test_name[] = "page-clean";

#define SIZE (128 * 1024)
static const uint8_t table[SIZE] = { [0 ... SIZE - 1] = 3 };

int
main (void)
{
  msg ("begin");
  unsigned sum = 0;
  for (int round = 0; round < 2; round++)
    for (size_t i = 0; i < SIZE; i += 64)
      sum += table[i];
  check (sum == 2 * SIZE / 64 * 3, "the table reads right twice");
  return 0;
}
