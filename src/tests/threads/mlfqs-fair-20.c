/* Twenty threads of equal nice value must share the CPU about evenly. See
   mlfqs.c for how the test runs, mlfqs.py for the expected shares. */
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"

void
test_mlfqs_fair_20 (void)
{
  mlfqs_share (20, 0, 0, 30);
}
