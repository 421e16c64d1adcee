/* Creates many threads that all update one counter under a lock, yielding
   while they hold it so that others must wait, and joins them through a
   semaphore. Every update must land, and every thread must finish. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 40
#define UPDATES 50

static struct lock counter_lock;
static struct semaphore finished;
static int counter;

static void
updater (void *aux UNUSED)
{
  for (int i = 0; i < UPDATES; i++)
    {
      lock_acquire (&counter_lock);
      int seen = counter;
      thread_yield ();          /* Anyone else who runs now must wait. */
      counter = seen + 1;
      lock_release (&counter_lock);
    }
  sema_up (&finished);
}

void
test_synch_many_threads (void)
{
  lock_init (&counter_lock);
  sema_init (&finished, 0);
  for (int i = 0; i < THREAD_CNT; i++)
    if (thread_create ("updater", PRI_DEFAULT, updater, NULL) == TID_ERROR)
      fail ("could not create thread %d", i);
  for (int i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);
  msg ("%d threads joined, counter = %d (expected %d)", THREAD_CNT, counter,
       THREAD_CNT * UPDATES);
}
