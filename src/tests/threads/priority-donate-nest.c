/* Donation passes through a thread that is itself waiting: main holds lock
   a; "medium" holds lock b and waits for a; "high" waits for b. High's
   priority must reach main through medium. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock_a, lock_b;

static void
medium (void *aux UNUSED)
{
  lock_acquire (&lock_b);
  lock_acquire (&lock_a);
  msg ("medium got lock a at priority %d", thread_get_priority ());
  lock_release (&lock_a);
  lock_release (&lock_b);
  msg ("medium released both locks, runs at priority %d", thread_get_priority ());
}

static void
high (void *aux UNUSED)
{
  lock_acquire (&lock_b);
  msg ("high got lock b");
  lock_release (&lock_b);
  msg ("high done");
}

void
test_priority_donate_nest (void)
{
  lock_init (&lock_a);
  lock_init (&lock_b);
  lock_acquire (&lock_a);
  thread_create ("medium", PRI_DEFAULT + 2, medium, NULL);
  msg ("main runs at priority %d, lent by medium", thread_get_priority ());
  thread_create ("high", PRI_DEFAULT + 4, high, NULL);
  msg ("main runs at priority %d, lent by high through medium", thread_get_priority ());
  lock_release (&lock_a);
  msg ("main released lock a, runs at priority %d", thread_get_priority ());
}
