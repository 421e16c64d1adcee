/* Shuffles the bytes of a mapped 64 kB file in place, many random swaps
   under a pool too small to hold it, then checks, through the file, that
   every byte value is still there as many times as before. */
#include "tests/vm/vmtest.h"

const char test_name[] = "mmap-shuffle";

#define SIZE (64 * 1024)

static void
count_bytes (const uint8_t *bytes, size_t size, unsigned counts[256])
{
  for (int i = 0; i < 256; i++)
    counts[i] = 0;
  for (size_t i = 0; i < size; i++)
    counts[bytes[i]]++;
}

int
main (void)
{
  msg ("begin");
  make_pattern_file ("data", SIZE, 6);
  mapid_t map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  unsigned before[256], after[256];
  count_bytes (MAP_AREA, SIZE, before);
  random_init (6);
  for (int i = 0; i < 4096; i++)
    {
      size_t a = random_ulong () % SIZE, b = random_ulong () % SIZE;
      uint8_t byte = MAP_AREA[a];
      MAP_AREA[a] = MAP_AREA[b];
      MAP_AREA[b] = byte;
    }
  munmap (map);
  map = map_or_fail (open_or_fail ("data"), MAP_AREA);
  count_bytes (MAP_AREA, SIZE, after);
  for (int i = 0; i < 256; i++)
    if (before[i] != after[i])
      fail ("byte %d was there %u times, now %u", i, before[i], after[i]);
  msg ("shuffled, nothing lost");
  return 0;
}
