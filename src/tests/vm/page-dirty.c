/* Writes 256 kB, then reads it: the written pages have no copy anywhere
   but in memory, so evicting them must write them to swap, and the
   counters that -vmstats prints show it. */
#include "tests/vm/vmtest.h"

const char test_name[] = "page-dirty";

#define SIZE (256 * 1024)
static uint8_t array[SIZE];

int
main (void)
{
  msg ("begin");
  for (size_t i = 0; i < SIZE; i += PAGE_SIZE)
    array[i] = i / PAGE_SIZE;
  for (size_t i = 0; i < SIZE; i += PAGE_SIZE)
    if (array[i] != (uint8_t) (i / PAGE_SIZE))
      fail ("page %zu lost its byte", i / PAGE_SIZE);
  msg ("every page kept its byte");
  return 0;
}
