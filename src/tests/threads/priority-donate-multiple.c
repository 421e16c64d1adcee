/* Donations through different locks add up and end separately: main holds
   two locks, each wanted by one higher-priority thread. Main runs at the
   higher of the two priorities; releasing one lock drops exactly the
   donation that came through it. */
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

void
test_priority_donate_multiple (void)
{
  lock_init (&lock_a);
  lock_init (&lock_b);
  lock_acquire (&lock_a);
  lock_acquire (&lock_b);
  thread_create ("a-waiter-32", PRI_DEFAULT + 1, waiter, &lock_a);
  msg ("main runs at priority %d", thread_get_priority ());
  thread_create ("b-waiter-33", PRI_DEFAULT + 2, waiter, &lock_b);
  msg ("main runs at priority %d", thread_get_priority ());
  lock_release (&lock_b);
  msg ("main released lock b, runs at priority %d", thread_get_priority ());
  lock_release (&lock_a);
  msg ("main released lock a, runs at priority %d", thread_get_priority ());
}
