/* Without a swap disk, written pages cannot be evicted, but clean ones
   still can: a program that writes 96 kB and reads a 256 kB read-only
   table, with a 64-page pool, runs to the end. */
#include "tests/vm/vmtest.h"

const char test_name[] = "page-no-swap";

#define SIZE (256 * 1024)
static const uint8_t table[SIZE] = { [0 ... SIZE - 1] = 1 };
static uint8_t written[96 * 1024];

int
main (void)
{
  msg ("begin");
  fill_pattern (written, sizeof written, 4, 0);
  unsigned sum = 0;
  for (size_t i = 0; i < SIZE; i += 128)
    sum += table[i];
  check_pattern (written, sizeof written, 4, 0, "the written pages");
  check (sum == SIZE / 128, "clean pages made room for the table");
  return 0;
}
