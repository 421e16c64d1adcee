/* A lock goes to the thread that has waited for it longest, even if its
   releaser wants it straight back. A spinner takes and releases the lock
   in a tight loop, never yielding, while a second thread waits for it
   once: the waiter must get the lock as soon as the spinner first lets
   go, not when the spinner is done or its time slice ends. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define SPINS 1000

static struct lock lock;
static struct semaphore done;
static int turns;               /* How often the spinner has had the lock. */

static void
spinner (void *aux UNUSED)
{
  for (int i = 0; i < SPINS; i++)
    {
      lock_acquire (&lock);
      turns++;
      lock_release (&lock);
    }
  sema_up (&done);
}

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  int seen = turns;
  lock_release (&lock);
  if (seen != 1)
    fail ("the waiter got the lock after %d of the spinner's turns, not "
          "after its first: the releaser took the lock straight back", seen);
  msg ("the waiter got the lock right after the spinner's first turn");
  sema_up (&done);
}

void
test_synch_lock_fair (void)
{
  lock_init (&lock);
  sema_init (&done, 0);
  lock_acquire (&lock);
  thread_create ("spinner", PRI_DEFAULT, spinner, NULL);
  thread_yield ();              /* The spinner waits for the lock first... */
  thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  thread_yield ();              /* ...then the waiter. */
  lock_release (&lock);
  sema_down (&done);
  sema_down (&done);
  msg ("spinner and waiter done");
}
