/* Panics on purpose three calls deep. The panic message must name this
   file and function, and its call stack must lead back through the
   callers, which the harness checks by decoding it with the backtrace tool. */
#include "tests/threads/tests.h"

static void NO_INLINE
innermost (int depth)
{
  PANIC ("deliberate panic at depth %d", depth);
}

static void NO_INLINE
middle (int depth)
{
  innermost (depth + 1);
}

static void NO_INLINE
outer (int depth)
{
  middle (depth + 1);
}

void
test_panic_backtrace (void)
{
  msg ("panicking three calls deep");
  outer (1);
}
