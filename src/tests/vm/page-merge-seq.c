/* Sorts 64 kB of random words with a merge sort that needs as much
   again: 128 kB swept over and over, with a user pool of 32 pages that
   must also hold the code and the stack. */
#include "tests/vm/vmtest.h"

#define WORDS (16 * 1024)               /* 64 kB, and as much again to merge into. */

const char test_name[] = "page-merge-seq";

static uint32_t words[WORDS];
static uint32_t scratch[WORDS];

int
main (void)
{
  msg ("begin");
  fill_random (words, WORDS, 7);
  uint32_t sum = sum_words (words, WORDS);
  merge_sort (words, scratch, WORDS);
  check_sorted (words, WORDS, sum);
  msg ("sorted");
  return 0;
}
