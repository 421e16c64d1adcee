/* cond_signal() wakes the highest-priority waiter: ten threads of
   different priorities wait on one condition, and each signal must wake
   the highest of those still waiting. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10

static struct lock lock;
static struct condition wake;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  cond_wait (&wake, &lock);
  msg ("priority %d woke up", thread_get_priority ());
  lock_release (&lock);
}

void
test_priority_condvar (void)
{
  lock_init (&lock);
  cond_init (&wake);
  /* Lowest of all: each waiter starts waiting as soon as it exists, and
     each that is woken finishes before we signal again. */
  thread_set_priority (PRI_MIN);
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT - 5 + (i * 3) % THREAD_CNT, waiter, NULL);
  for (int i = 0; i < THREAD_CNT; i++)
    {
      lock_acquire (&lock);
      msg ("main signals");
      cond_signal (&wake, &lock);
      lock_release (&lock);
    }
}
