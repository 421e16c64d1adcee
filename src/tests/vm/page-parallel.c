/* Three processes at once, each writing and checking its own 96 kB
   with its own pattern: together half again the user pool. Each child
   is this program with an argument. */
#include <stdlib.h>
#include "tests/vm/vmtest.h"

const char test_name[] = "page-parallel";

#define CHILDREN 3
#define SIZE (96 * 1024)
static uint8_t array[SIZE];

static int
child (unsigned seed)
{
  for (int round = 0; round < 2; round++)
    {
      fill_pattern (array, SIZE, seed + round, 0);
      check_pattern (array, SIZE, seed + round, 0, "the array");
    }
  return seed;
}

int
main (int argc, char *argv[])
{
  if (argc == 2)
    return child (atoi (argv[1]));

  msg ("begin");
  run_in_parallel ("page-parallel", 10, CHILDREN);
  msg ("every child kept its memory");
  return 0;
}
