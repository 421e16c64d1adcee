/* A thread waiting for a lock lends its priority to the holder: main holds
   a lock that two higher-priority threads wait for, one after the other;
   main must run at the priority of the highest waiter, and when it lets
   the lock go, the waiters get it highest first and main drops back. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("%s got the lock", thread_name ());
  lock_release (&lock);
  msg ("%s done", thread_name ());
}

void
test_priority_donate_one (void)
{
  lock_init (&lock);
  lock_acquire (&lock);
  thread_create ("waiter-32", PRI_DEFAULT + 1, waiter, NULL);
  msg ("main runs at priority %d, lent by waiter-32", thread_get_priority ());
  thread_create ("waiter-33", PRI_DEFAULT + 2, waiter, NULL);
  msg ("main runs at priority %d, lent by waiter-33", thread_get_priority ());
  lock_release (&lock);
  msg ("main runs at priority %d after the release", thread_get_priority ());
}
