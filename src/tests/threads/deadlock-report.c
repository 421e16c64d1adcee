/* A deliberate deadlock: thread a holds lock A and waits for lock B,
   thread b holds B and waits for A, thread c waits on a condition that
   nobody will signal, and main waits on a semaphore that only they would
   have upped. Nothing can ever run again, so the kernel must say so at
   once, naming each blocked thread and what it waits for, and stop,
   instead of idling until the test's time limit. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

static struct lock lock_a, lock_b, condition_lock;
static struct condition never_signalled;
static struct semaphore a_holds, b_holds, finished;

/* Takes FIRST, says so on MINE, waits for the other thread to hold its
   own lock (THEIRS), then takes SECOND, which that thread holds. */
struct crossing
  {
    struct lock *first, *second;
    struct semaphore *mine, *theirs;
  };

static void
cross (void *crossing_)
{
  struct crossing *c = crossing_;
  lock_acquire (c->first);
  sema_up (c->mine);
  sema_down (c->theirs);
  lock_acquire (c->second);
  NOT_REACHED ();
}

static void
wait_forever (void *aux UNUSED)
{
  lock_acquire (&condition_lock);
  cond_wait (&never_signalled, &condition_lock);
  NOT_REACHED ();
}

void
test_deadlock_report (void)
{
  static struct crossing a = { &lock_a, &lock_b, &a_holds, &b_holds };
  static struct crossing b = { &lock_b, &lock_a, &b_holds, &a_holds };
  lock_init (&lock_a);
  lock_init (&lock_b);
  lock_init (&condition_lock);
  cond_init (&never_signalled);
  sema_init (&a_holds, 0);
  sema_init (&b_holds, 0);
  sema_init (&finished, 0);
  thread_create ("a", PRI_DEFAULT, cross, &a);
  thread_create ("b", PRI_DEFAULT, cross, &b);
  thread_create ("c", PRI_DEFAULT, wait_forever, NULL);
  msg ("main waits for threads that will never finish");
  sema_down (&finished);
  fail ("main woke up from a deadlock");
}
