/* Bitmaps: single bits, ranges, counting, scanning for runs and claiming
   them, checked against a plain array of bools; a bitmap in a buffer of
   exactly bitmap_buf_size bytes (so AddressSanitizer sees any overrun);
   the dump's text; and assertions on out-of-range indexes. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "ours.h"

#define BIT_CNT 200

/* The model: what the bitmap should hold. */
static bool model[BIT_CNT];

static size_t
model_count (size_t start, size_t cnt, bool value)
{
  size_t i, count = 0;

  for (i = start; i < start + cnt; i++)
    count += model[i] == value;
  return count;
}

/* The first run of CNT bits equal to VALUE at or after START. */
static size_t
model_scan (size_t start, size_t cnt, bool value)
{
  size_t i;

  for (i = start; i + cnt <= BIT_CNT; i++)
    if (model_count (i, cnt, value) == cnt)
      return i;
  return BITMAP_ERROR;
}

/* Compares every query of B on a spread of ranges with the model. */
static void
expect_model (const struct bitmap *b)
{
  size_t start, cnt, i;

  for (i = 0; i < BIT_CNT; i++)
    EXPECT (skiff_bitmap_test (b, i) == model[i], "bit %zu", i);
  for (start = 0; start <= BIT_CNT; start += 13)
    for (cnt = 0; start + cnt <= BIT_CNT; cnt += 7)
      {
        size_t ones = model_count (start, cnt, true);
        EXPECT (skiff_bitmap_count (b, start, cnt, true) == ones
                && skiff_bitmap_count (b, start, cnt, false) == cnt - ones,
                "bitmap_count (%zu, %zu)", start, cnt);
        EXPECT (skiff_bitmap_any (b, start, cnt) == (ones > 0)
                && skiff_bitmap_none (b, start, cnt) == (ones == 0)
                && skiff_bitmap_all (b, start, cnt) == (ones == cnt)
                && skiff_bitmap_contains (b, start, cnt, false) == (ones < cnt),
                "any/none/all/contains (%zu, %zu)", start, cnt);
        EXPECT (skiff_bitmap_scan (b, start, cnt % 20, true)
                == model_scan (start, cnt % 20, true)
                && skiff_bitmap_scan (b, start, cnt % 20, false)
                   == model_scan (start, cnt % 20, false),
                "bitmap_scan (%zu, %zu)", start, cnt % 20);
      }
}

static void
check_operations (struct bitmap *b)
{
  size_t i;

  EXPECT (skiff_bitmap_size (b) == BIT_CNT, "bitmap_size");
  memset (model, 0, sizeof model);
  expect_model (b);

  skiff_random_init (5);
  for (i = 0; i < 400; i++)
    {
      size_t idx = skiff_random_ulong () % BIT_CNT;
      switch (skiff_random_ulong () % 4)
        {
        case 0: skiff_bitmap_mark (b, idx); model[idx] = true; break;
        case 1: skiff_bitmap_reset (b, idx); model[idx] = false; break;
        case 2: skiff_bitmap_flip (b, idx); model[idx] = !model[idx]; break;
        case 3: skiff_bitmap_set (b, idx, idx % 2); model[idx] = idx % 2;
                break;
        }
    }
  expect_model (b);

  skiff_bitmap_set_multiple (b, 10, 50, true);
  skiff_bitmap_set_multiple (b, 100, 64, false);
  for (i = 0; i < 50; i++)
    model[10 + i] = true;
  for (i = 0; i < 64; i++)
    model[100 + i] = false;
  expect_model (b);

  skiff_bitmap_set_all (b, true);
  memset (model, true, sizeof model);
  expect_model (b);
  skiff_bitmap_set_all (b, false);
  memset (model, false, sizeof model);
}

/* Claims runs the way an allocator does until no run is left. */
static void
check_allocating (struct bitmap *b)
{
  size_t claimed = 0, idx;

  while ((idx = skiff_bitmap_scan_and_flip (b, 0, 7, false)) != BITMAP_ERROR)
    {
      EXPECT (idx == claimed, "run claimed at %zu, expected %zu", idx,
              claimed);
      claimed += 7;
    }
  EXPECT (claimed == BIT_CNT / 7 * 7, "claimed %zu bits", claimed);
  EXPECT (skiff_bitmap_count (b, 0, BIT_CNT, true) == claimed,
          "claimed bits are set");
  skiff_bitmap_reset (b, 50);
  EXPECT (skiff_bitmap_scan_and_flip (b, 0, 1, false) == 50,
          "a freed bit is found again");
  EXPECT (skiff_bitmap_scan (b, 0, 0, true) == 0
          && skiff_bitmap_scan (b, BIT_CNT, 0, true) == BIT_CNT,
          "a run of no bits is found where the scan starts");
}

static void
check_dump (void)
{
  struct bitmap *b = skiff_bitmap_create (20);

  EXPECT (b != NULL, "bitmap_create");
  skiff_bitmap_mark (b, 0);
  skiff_bitmap_mark (b, 9);
  skiff_bitmap_mark (b, 19);
  console_reset ();
  skiff_bitmap_dump (b);
  EXPECT (strcmp (console_text (), "00000000  01 02 08\n") == 0,
          "bitmap_dump printed \"%s\"", console_text ());
  skiff_bitmap_destroy (b);
}

static void
test_past_end (void *aux)
{
  skiff_bitmap_test (aux, BIT_CNT);
}

static void
count_past_end (void *aux)
{
  skiff_bitmap_count (aux, BIT_CNT - 3, 4, true);
}

static void
huge_range (void *aux)
{
  /* Start + count wraps around to a small number. */
  skiff_bitmap_set_multiple (aux, 5, (size_t) -1, true);
}

void
test_bitmap (void)
{
  size_t size = skiff_bitmap_buf_size (BIT_CNT);
  void *buf = malloc (size);
  struct bitmap *created = skiff_bitmap_create (BIT_CNT);
  struct bitmap *in_buf;
  struct bitmap *empty = skiff_bitmap_create (0);

  EXPECT (buf != NULL && created != NULL && empty != NULL, "bitmap_create");
  in_buf = skiff_bitmap_create_in_buf (BIT_CNT, buf, size);
  check_operations (created);
  check_operations (in_buf);
  check_allocating (created);
  check_dump ();

  EXPECT (skiff_bitmap_size (empty) == 0
          && skiff_bitmap_scan (empty, 0, 1, false) == BITMAP_ERROR
          && skiff_bitmap_none (empty, 0, 0), "an empty bitmap");
  EXPECT (skiff_bitmap_create ((size_t) -1) == NULL,
          "bitmap_create of an impossible size");

  EXPECT (panics (test_past_end, created), "bitmap_test past the end");
  EXPECT (panics (count_past_end, created), "bitmap_count past the end");
  EXPECT (panics (huge_range, created), "a range that wraps around");

  skiff_bitmap_destroy (created);
  skiff_bitmap_destroy (empty);
  free (buf);
}
