/* Of two threads, the one with nice 5 must get less of the CPU than
   the one with nice 0, by as much as the scheduler's formulas say. See
   mlfqs.c for how the test runs, mlfqs.py for the expected shares. */
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"

void
test_mlfqs_nice_2 (void)
{
  mlfqs_share (2, 0, 5, 30);
}
