/* Changing priorities takes effect at once: a new thread of higher
   priority runs before thread_create() returns, a thread that lowers its
   own priority below a ready thread's gives up the CPU within the call,
   and so does the main thread when it does the same. */
#include "tests/threads/tests.h"
#include "threads/thread.h"

static void
riser (void *aux UNUSED)
{
  msg ("riser runs at priority %d", thread_get_priority ());
  thread_set_priority (PRI_DEFAULT - 1);
  msg ("riser runs again at priority %d", thread_get_priority ());
}

void
test_priority_change (void)
{
  msg ("main creates riser at priority %d", PRI_DEFAULT + 1);
  thread_create ("riser", PRI_DEFAULT + 1, riser, NULL);
  msg ("main runs again: riser lowered itself below main");
  thread_set_priority (PRI_DEFAULT - 2);
  msg ("main runs again at priority %d: riser has finished", thread_get_priority ());
}
