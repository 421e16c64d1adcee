/* Touches the pages of a 256 kB array in a random order, each time
   adding to a word of it, and checks every word at the end against a
   copy of the counts kept in a small table: pages come and go from swap
   in no order at all. */
#include "tests/vm/vmtest.h"

const char test_name[] = "page-random";

#define PAGES 64
#define WORDS (PAGE_SIZE / 4)
static uint32_t array[PAGES][WORDS];
static uint16_t touches[PAGES];

int
main (void)
{
  msg ("begin");
  random_init (6);
  for (int i = 0; i < 1024; i++)
    {
      unsigned page = random_ulong () % PAGES;
      array[page][touches[page] % WORDS] += page + 1;
      touches[page]++;
    }
  for (int page = 0; page < PAGES; page++)
    for (int w = 0; w < WORDS; w++)
      {
        uint32_t times = touches[page] / WORDS + (w < touches[page] % WORDS);
        if (array[page][w] != times * (page + 1))
          fail ("page %d word %d is %u, expected %u", page, w,
                array[page][w], times * (page + 1));
      }
  msg ("1024 random touches all kept");
  return 0;
}
