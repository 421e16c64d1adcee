/* Five processes run this program at once (each starts the next and
   waits), and each reads all of a 64 kB read-only table. Its pages are
   shared: with -vmstats the kernel's counters, printed once all have
   ended, show at least four processes' worth of faults served by a
   frame that was already there. */
#include <stdlib.h>
#include <stdio.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-share";

#define DEPTH 5
#define TABLE_SIZE (64 * 1024)

/* Bytes no compiler can fold away, all in read-only pages. */
#define B(i) (uint8_t) ((i) * 7 + 3)
#define B16(i) B(i), B(i + 1), B(i + 2), B(i + 3), B(i + 4), B(i + 5), B(i + 6), B(i + 7), \
  B(i + 8), B(i + 9), B(i + 10), B(i + 11), B(i + 12), B(i + 13), B(i + 14), B(i + 15)
static const uint8_t row[256] = { B16 (0), B16 (16), B16 (32), B16 (48), B16 (64), B16 (80),
  B16 (96), B16 (112), B16 (128), B16 (144), B16 (160), B16 (176), B16 (192), B16 (208),
  B16 (224), B16 (240) };
static const uint8_t table[TABLE_SIZE / 256][256] = { [0 ... TABLE_SIZE / 256 - 1] = { 1 } };

static unsigned
sum_table (void)
{
  unsigned sum = 0;
  for (size_t i = 0; i < TABLE_SIZE / 256; i++)
    for (size_t j = 0; j < 256; j++)
      sum += table[i][j] + row[j];
  return sum;
}

int
main (int argc, char *argv[])
{
  int depth = argc > 1 ? atoi (argv[1]) : 0;
  unsigned expected = TABLE_SIZE / 256;  /* The 1 that starts each row. */
  for (size_t j = 0; j < 256; j++)
    expected += row[j] * (TABLE_SIZE / 256);
  unsigned sum = sum_table ();
  if (sum != expected)
    fail ("the table sums to %u, expected %u", sum, expected);
  if (depth + 1 < DEPTH)
    {
      char cmdline[32];
      snprintf (cmdline, sizeof cmdline, "pt-share %d", depth + 1);
      if (run (cmdline) != depth + 1)
        fail ("process %d failed", depth + 1);
    }
  if (depth == 0)
    msg ("%d processes read the table", DEPTH);
  return depth;
}
