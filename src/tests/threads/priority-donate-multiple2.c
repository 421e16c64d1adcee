/* Like priority-donate-multiple, but the lock with the lower donation goes
   first: main must keep the higher donation that still holds, and a
   ready thread whose priority lies between must not run before it may. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock_a, lock_b;

static void
waiter (void *lock_)
{
  struct lock *lock = lock_;
  lock_acquire (lock);
  msg ("%s got its lock", thread_name ());
  lock_release (lock);
  msg ("%s done", thread_name ());
}

static void
bystander (void *aux UNUSED)
{
  msg ("%s runs", thread_name ());
}

void
test_priority_donate_multiple2 (void)
{
  lock_init (&lock_a);
  lock_init (&lock_b);
  lock_acquire (&lock_a);
  lock_acquire (&lock_b);
  thread_create ("a-waiter-34", PRI_DEFAULT + 3, waiter, &lock_a);
  thread_create ("bystander-32", PRI_DEFAULT + 1, bystander, NULL);
  thread_create ("b-waiter-36", PRI_DEFAULT + 5, waiter, &lock_b);
  msg ("main runs at priority %d", thread_get_priority ());
  lock_release (&lock_a);
  msg ("main released lock a, runs at priority %d", thread_get_priority ());
  lock_release (&lock_b);
  msg ("main released lock b, runs at priority %d", thread_get_priority ());
}
