/* The stack may grow down to 8 MB below the top of user memory, and no
   further: a push just inside the limit works, one just outside kills
   the process. */
#include "tests/vm/vmtest.h"

const char test_name[] = "pt-stack-max";

#define STACK_MAX (8 * 1024 * 1024)

int
main (void)
{
  msg ("begin");
  RUN_WITH_ESP (USER_TOP - STACK_MAX + 4, "pushl $1");
  msg ("pushed at the last word of the 8 MB");
  RUN_WITH_ESP (USER_TOP - STACK_MAX, "pushl $1");
  fail ("pushed below 8 MB");
}
