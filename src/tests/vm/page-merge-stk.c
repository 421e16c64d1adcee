/* The merge sort with both arrays on the stack: 96 kB of stack, grown
   page by page and paged out to swap like any other memory. */
#include "tests/vm/vmtest.h"

#define WORDS (12 * 1024)               /* 48 kB, and as much again to merge into. */

const char test_name[] = "page-merge-stk";

static void
sort_on_stack (void)
{
  uint32_t words[WORDS];
  uint32_t scratch[WORDS];
  fill_random (words, WORDS, 8);
  uint32_t sum = sum_words (words, WORDS);
  merge_sort (words, scratch, WORDS);
  check_sorted (words, WORDS, sum);
}

int
main (void)
{
  msg ("begin");
  sort_on_stack ();
  msg ("sorted on the stack");
  return 0;
}
