/* Three merge sorts at once, each of 48 kB and as much again, in three
   processes that share a 40-page user pool. */
#include <stdlib.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "page-merge-par";

#define CHILDREN 3
#define WORDS (12 * 1024)
static uint32_t words[WORDS];
static uint32_t scratch[WORDS];

static int
child (unsigned seed)
{
  fill_random (words, WORDS, seed);
  uint32_t sum = sum_words (words, WORDS);
  merge_sort (words, scratch, WORDS);
  check_sorted (words, WORDS, sum);
  return seed;
}

int
main (int argc, char *argv[])
{
  if (argc == 2)
    return child (atoi (argv[1]));

  msg ("begin");
  run_in_parallel ("page-merge-par", 20, CHILDREN);
  msg ("every child sorted");
  return 0;
}
