/* sema_up() wakes the highest-priority waiter: ten threads of different
   priorities wait on one semaphore, and each up must let the highest of
   those still waiting through, which then runs at once. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10

static struct semaphore gate;

static void
waiter (void *aux UNUSED)
{
  sema_down (&gate);
  msg ("priority %d passed the semaphore", thread_get_priority ());
}

void
test_priority_sema (void)
{
  sema_init (&gate, 0);
  /* Lowest of all: each waiter runs as soon as it exists, until it blocks,
     and each that wakes runs before we up the semaphore again. */
  thread_set_priority (PRI_MIN);
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT - 5 + (i * 3) % THREAD_CNT, waiter, NULL);
  for (int i = 0; i < THREAD_CNT; i++)
    {
      msg ("main ups the semaphore");
      sema_up (&gate);
    }
}
