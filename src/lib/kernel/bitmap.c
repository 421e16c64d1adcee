/* Bitmaps: an array of machine words holding the bits, bit IDX being bit
   IDX % WORD_BITS of word IDX / WORD_BITS.  Operations go bit by bit:
   slower than working a word at a time, but easy to check. */
#include "bitmap.h"
#include <debug.h>
#include <limits.h>
#include <round.h>
#include <stdio.h>
#include "threads/malloc.h"

typedef unsigned long word;
#define WORD_BITS (sizeof (word) * CHAR_BIT)

/* The words follow the header in the same block of memory, so one
   allocation (or one caller's buffer) holds everything. */
struct bitmap
  {
    size_t bit_cnt;
    word *words;
  };

/* Not DIV_ROUND_UP, which would overflow for the largest counts. */
static size_t
word_count (size_t bit_cnt)
{
  return bit_cnt / WORD_BITS + (bit_cnt % WORD_BITS != 0);
}

static word
bit_mask (size_t idx)
{
  return (word) 1 << (idx % WORD_BITS);
}

/* Asserts that START and CNT name bits that exist.  Written so that a
   huge CNT cannot wrap around and look small. */
static void
check_range (const struct bitmap *b, size_t start, size_t cnt)
{
  ASSERT (b != NULL);
  ASSERT (start <= b->bit_cnt);
  ASSERT (cnt <= b->bit_cnt - start);
}

size_t
bitmap_buf_size (size_t bit_cnt)
{
  return sizeof (struct bitmap) + word_count (bit_cnt) * sizeof (word);
}

struct bitmap *
bitmap_create_in_buf (size_t bit_cnt, void *buf, size_t buf_size)
{
  struct bitmap *b = buf;

  ASSERT (buf != NULL);
  ASSERT (buf_size >= bitmap_buf_size (bit_cnt));
  b->bit_cnt = bit_cnt;
  b->words = (word *) (b + 1);
  bitmap_set_all (b, false);
  return b;
}

struct bitmap *
bitmap_create (size_t bit_cnt)
{
  /* The size cannot overflow: it is about an eighth of BIT_CNT. */
  size_t size = bitmap_buf_size (bit_cnt);
  void *buf = malloc (size);

  return buf != NULL ? bitmap_create_in_buf (bit_cnt, buf, size) : NULL;
}

void
bitmap_destroy (struct bitmap *b)
{
  free (b);
}

size_t
bitmap_size (const struct bitmap *b)
{
  ASSERT (b != NULL);
  return b->bit_cnt;
}

void
bitmap_set (struct bitmap *b, size_t idx, bool value)
{
  if (value)
    bitmap_mark (b, idx);
  else
    bitmap_reset (b, idx);
}

void
bitmap_mark (struct bitmap *b, size_t idx)
{
  check_range (b, idx, 1);
  b->words[idx / WORD_BITS] |= bit_mask (idx);
}

void
bitmap_reset (struct bitmap *b, size_t idx)
{
  check_range (b, idx, 1);
  b->words[idx / WORD_BITS] &= ~bit_mask (idx);
}

void
bitmap_flip (struct bitmap *b, size_t idx)
{
  check_range (b, idx, 1);
  b->words[idx / WORD_BITS] ^= bit_mask (idx);
}

bool
bitmap_test (const struct bitmap *b, size_t idx)
{
  check_range (b, idx, 1);
  return (b->words[idx / WORD_BITS] & bit_mask (idx)) != 0;
}

/* Sets whole words at once, including the unused bits past the end of
   the last one; nothing ever reads those. */
void
bitmap_set_all (struct bitmap *b, bool value)
{
  size_t i;

  ASSERT (b != NULL);
  for (i = 0; i < word_count (b->bit_cnt); i++)
    b->words[i] = value ? ~(word) 0 : 0;
}

void
bitmap_set_multiple (struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t i;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    bitmap_set (b, i, value);
}

size_t
bitmap_count (const struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t count = 0;
  size_t i;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    if (bitmap_test (b, i) == value)
      count++;
  return count;
}

/* Whether any of the bits in the range is VALUE. */
bool
bitmap_contains (const struct bitmap *b, size_t start, size_t cnt,
                 bool value)
{
  size_t i;

  check_range (b, start, cnt);
  for (i = start; i < start + cnt; i++)
    if (bitmap_test (b, i) == value)
      return true;
  return false;
}

bool
bitmap_any (const struct bitmap *b, size_t start, size_t cnt)
{
  return bitmap_contains (b, start, cnt, true);
}

bool
bitmap_none (const struct bitmap *b, size_t start, size_t cnt)
{
  return !bitmap_contains (b, start, cnt, true);
}

bool
bitmap_all (const struct bitmap *b, size_t start, size_t cnt)
{
  return !bitmap_contains (b, start, cnt, false);
}

/* One pass: count how long the current run of VALUE bits is, and stop as
   soon as it is long enough.  A run of 0 bits is found at START. */
size_t
bitmap_scan (const struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t run = 0;
  size_t i;

  check_range (b, start, 0);
  for (i = start; i < b->bit_cnt && run < cnt; i++)
    run = bitmap_test (b, i) == value ? run + 1 : 0;
  return run == cnt ? i - cnt : BITMAP_ERROR;
}

size_t
bitmap_scan_and_flip (struct bitmap *b, size_t start, size_t cnt, bool value)
{
  size_t idx = bitmap_scan (b, start, cnt, value);

  if (idx != BITMAP_ERROR)
    bitmap_set_multiple (b, idx, cnt, !value);
  return idx;
}

void
bitmap_dump (const struct bitmap *b)
{
  ASSERT (b != NULL);
  hex_dump (0, b->words, DIV_ROUND_UP (b->bit_cnt, CHAR_BIT), false);
}
