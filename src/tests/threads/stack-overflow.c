/* A thread recurses until its stack runs into its own struct thread. The
   scheduler's guard must notice at the next switch and panic, naming a
   stack overflow, before the corruption does any other harm. */
#include "tests/threads/tests.h"
#include <string.h>
#include "threads/thread.h"

/* Each level uses about 200 bytes of stack and yields, so that the guard
   is checked at every depth. */
static int NO_INLINE
recurse (int depth)
{
  volatile char frame[192];
  memset ((char *) frame, depth, sizeof frame);
  thread_yield ();
  if (depth == 1000000)         /* Unreachable in a 4 kB stack. */
    return 0;
  return recurse (depth + 1) + frame[depth % sizeof frame];
}

static void
deep_thread (void *aux UNUSED)
{
  recurse (0);
}

void
test_stack_overflow (void)
{
  msg ("starting a thread that recurses without end");
  thread_create ("deep", PRI_DEFAULT, deep_thread, NULL);
  for (;;)
    thread_yield ();
}
