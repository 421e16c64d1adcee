/* A donated priority counts on a semaphore too: "low" holds a lock and
   waits on a semaphore, "medium" waits on the same semaphore, and "high"
   waits for the lock, lending its priority to low. The first sema_up()
   must wake low, whose effective priority is now above medium's. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;
static struct semaphore sema;

static void
low (void *aux UNUSED)
{
  lock_acquire (&lock);
  sema_down (&sema);
  msg ("low passed the semaphore at priority %d", thread_get_priority ());
  lock_release (&lock);
  msg ("low done at priority %d", thread_get_priority ());
}

static void
medium (void *aux UNUSED)
{
  sema_down (&sema);
  msg ("medium passed the semaphore");
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("high got the lock");
  lock_release (&lock);
  msg ("high done");
}

void
test_priority_donate_sema (void)
{
  lock_init (&lock);
  sema_init (&sema, 0);
  thread_create ("low", PRI_DEFAULT + 1, low, NULL);
  thread_create ("medium", PRI_DEFAULT + 3, medium, NULL);
  thread_create ("high", PRI_DEFAULT + 5, high, NULL);
  msg ("main ups the semaphore");
  sema_up (&sema);
  msg ("main ups the semaphore again");
  sema_up (&sema);
  msg ("main done");
}
