/* The pseudo-random generator: the same seed gives the same numbers,
   different seeds different ones, and the bits look fair.  With a fixed
   seed the statistics are fixed too, so the bounds cannot fail by
   chance from one run to the next. */
#include <string.h>
#include "check.h"
#include "ours.h"

#define SAMPLE_CNT 4096

/* Every one of a run of nearby seeds starts its own sequence. */
static void
check_seeds_differ (void)
{
  unsigned long first[64];
  size_t i, j;

  for (i = 0; i < 64; i++)
    {
      skiff_random_init (i);
      first[i] = skiff_random_ulong ();
      for (j = 0; j < i; j++)
        EXPECT (first[i] != first[j], "seeds %zu and %zu start alike", j, i);
    }
}

static void
check_repeatable (void)
{
  unsigned long first[SAMPLE_CNT];
  unsigned char bytes_a[100], bytes_b[100];
  size_t i, same = 0;

  skiff_random_init (12345);
  for (i = 0; i < SAMPLE_CNT; i++)
    first[i] = skiff_random_ulong ();
  skiff_random_init (12345);
  for (i = 0; i < SAMPLE_CNT; i++)
    EXPECT (skiff_random_ulong () == first[i], "seed 12345 repeated "
            "differently at number %zu", i);

  skiff_random_init (12346);
  for (i = 0; i < SAMPLE_CNT; i++)
    same += skiff_random_ulong () == first[i];
  EXPECT (same < 4, "seeds 12345 and 12346 agree on %zu numbers", same);

  check_seeds_differ ();

  skiff_random_init (1);
  skiff_random_bytes (bytes_a, sizeof bytes_a);
  skiff_random_init (1);
  skiff_random_bytes (bytes_b, sizeof bytes_b);
  EXPECT (memcmp (bytes_a, bytes_b, sizeof bytes_a) == 0,
          "random_bytes not repeatable");
}

/* Each bit of random_ulong should be set about half the time, and every
   byte value should turn up in random_bytes. */
static void
check_fair (void)
{
  enum { BITS = sizeof (unsigned long) * 8 };
  size_t ones[BITS] = { 0 };
  size_t seen[256] = { 0 };
  unsigned char bytes[SAMPLE_CNT * 4];
  size_t i, bit;

  skiff_random_init (0);
  for (i = 0; i < SAMPLE_CNT; i++)
    {
      unsigned long value = skiff_random_ulong ();
      for (bit = 0; bit < BITS; bit++)
        ones[bit] += (value >> bit) & 1;
    }
  for (bit = 0; bit < BITS; bit++)
    EXPECT (ones[bit] > SAMPLE_CNT * 45 / 100
            && ones[bit] < SAMPLE_CNT * 55 / 100,
            "bit %zu set %zu times in %d", bit, ones[bit], SAMPLE_CNT);

  skiff_random_bytes (bytes, sizeof bytes);
  for (i = 0; i < sizeof bytes; i++)
    seen[bytes[i]]++;
  for (i = 0; i < 256; i++)
    EXPECT (seen[i] > 0, "byte %zu never produced", i);
}

void
test_random (void)
{
  check_repeatable ();
  check_fair ();
}
