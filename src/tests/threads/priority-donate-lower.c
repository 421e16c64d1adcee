/* Lowering one's base priority while holding a donation: the donation
   still counts until the lock is released, and then the new, lower base
   priority takes over. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  msg ("waiter got the lock");
  lock_release (&lock);
  msg ("waiter done");
}

void
test_priority_donate_lower (void)
{
  lock_init (&lock);
  lock_acquire (&lock);
  thread_create ("waiter", PRI_DEFAULT + 10, waiter, NULL);
  msg ("main runs at priority %d", thread_get_priority ());
  thread_set_priority (PRI_DEFAULT - 10);
  msg ("main lowered its base priority to %d, runs at %d",
       PRI_DEFAULT - 10, thread_get_priority ());
  lock_release (&lock);
  msg ("main released the lock, runs at priority %d", thread_get_priority ());
}
