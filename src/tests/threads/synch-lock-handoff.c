/* A lock passes from its holder to the threads waiting for it one at a
   time, first come first served among equals, and no waiter gets it while
   another holds it. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WAITER_CNT 4

static struct lock lock;
static struct semaphore done;
static bool inside;             /* Someone holds the lock right now. */

static void
waiter (void *number)
{
  lock_acquire (&lock);
  if (inside)
    fail ("two threads hold the lock");
  inside = true;
  msg ("waiter %d has the lock", (int) number);
  thread_yield ();
  inside = false;
  lock_release (&lock);
  sema_up (&done);
}

void
test_synch_lock_handoff (void)
{
  lock_init (&lock);
  sema_init (&done, 0);
  lock_acquire (&lock);
  for (int i = 1; i <= WAITER_CNT; i++)
    {
      thread_create ("waiter", PRI_DEFAULT, waiter, (void *) i);
      thread_yield ();          /* Let it reach the lock and wait. */
    }
  msg ("main releases the lock");
  lock_release (&lock);
  for (int i = 0; i < WAITER_CNT; i++)
    sema_down (&done);
  msg ("all waiters done");
}
