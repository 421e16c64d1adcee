/* Ten threads with nice values 0 to 9 must get shares of the CPU that
   fall with their nice value, as the scheduler's formulas say. See
   mlfqs.c for how the test runs, mlfqs.py for the expected shares. */
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"

void
test_mlfqs_nice_10 (void)
{
  mlfqs_share (10, 0, 1, 30);
}
