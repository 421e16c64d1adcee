/* An interrupt-mode program: a ring-3 process an entry program grants.
   It says what its command line was and exits with 0. */
#include "tests/userprog/lib/testlib.h"

const char test_name[] = "irq-hello";

int
main (int argc, char *argv[])
{
  for (int i = 0; i < argc; i++)
    msg ("argv[%d] = '%s'", i, argv[i]);
  return 0;
}
