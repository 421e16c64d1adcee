/* Writes a 256 kB array from start to end, twice the user pool it runs
   with, then reads it back: most pages must go to swap and return. */
#include "tests/vm/vmtest.h"

const char test_name[] = "page-linear";

#define SIZE (256 * 1024)
static uint8_t array[SIZE];

int
main (void)
{
  msg ("begin");
  fill_pattern (array, SIZE, 5, 0);
  msg ("written");
  check_pattern (array, SIZE, 5, 0, "the array");
  msg ("read back");
  return 0;
}
