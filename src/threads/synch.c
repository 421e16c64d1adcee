/* Semaphores, locks and condition variables. Everything here is built on
   one idea: with interrupts off, nothing else runs, so checking a value
   and blocking on it happen as one step. */
#include "threads/synch.h"
#include <debug.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

void sema_init (struct semaphore *sema, unsigned value)
{
  ASSERT (sema != NULL);
  sema->value = value;
  list_init (&sema->waiters);
}

/* Waits until SEMA's value is positive, then decrements it. May sleep, so
   never call it from an interrupt handler. */
void sema_down (struct semaphore *sema)
{
  ASSERT (sema != NULL);
  ASSERT (!intr_context ());
  enum intr_level old_level = intr_disable ();
  while (sema->value == 0)
    {
      list_push_back (&sema->waiters, &thread_current ()->elem);
      thread_block ();
    }
  sema->value--;
  intr_set_level (old_level);
}

/* Decrements SEMA if that needs no waiting; says whether it did. */
bool sema_try_down (struct semaphore *sema)
{
  ASSERT (sema != NULL);
  enum intr_level old_level = intr_disable ();
  bool success = sema->value > 0;
  if (success)
    sema->value--;
  intr_set_level (old_level);
  return success;
}

/* Increments SEMA and wakes one waiter, if any. Safe in an interrupt
   handler. */
void sema_up (struct semaphore *sema)
{
  ASSERT (sema != NULL);
  enum intr_level old_level = intr_disable ();
  if (!list_empty (&sema->waiters))
    thread_unblock (list_entry (list_pop_front (&sema->waiters), struct thread, elem));
  sema->value++;
  intr_set_level (old_level);
}

void lock_init (struct lock *lock)
{
  ASSERT (lock != NULL);
  lock->holder = NULL;
  sema_init (&lock->semaphore, 1);
}

/* Waits until LOCK is free and takes it. A lock is not recursive: the
   holder must not acquire it again. */
void lock_acquire (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (!lock_held_by_current_thread (lock));
  sema_down (&lock->semaphore);
  lock->holder = thread_current ();
}

bool lock_try_acquire (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (!lock_held_by_current_thread (lock));
  bool success = sema_try_down (&lock->semaphore);
  if (success)
    lock->holder = thread_current ();
  return success;
}

/* Releases LOCK, which the running thread must hold. */
void lock_release (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (lock_held_by_current_thread (lock));
  lock->holder = NULL;
  sema_up (&lock->semaphore);
}

bool lock_held_by_current_thread (const struct lock *lock)
{
  ASSERT (lock != NULL);
  return lock->holder == thread_current ();
}

/* One waiting thread: the semaphore it sleeps on, in the condition's list. */
struct cond_waiter
  {
    struct list_elem elem;
    struct semaphore semaphore;
  };

void cond_init (struct condition *cond)
{
  ASSERT (cond != NULL);
  list_init (&cond->waiters);
}

/* Releases LOCK, waits until COND is signalled, and takes LOCK back.
   The condition may no longer hold on return: recheck it in a loop. */
void cond_wait (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));

  struct cond_waiter waiter;
  sema_init (&waiter.semaphore, 0);
  list_push_back (&cond->waiters, &waiter.elem);
  lock_release (lock);
  sema_down (&waiter.semaphore);
  lock_acquire (lock);
}

/* Wakes one thread waiting on COND, if any. LOCK must be held. */
void cond_signal (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));
  if (!list_empty (&cond->waiters))
    sema_up (&list_entry (list_pop_front (&cond->waiters), struct cond_waiter, elem)->semaphore);
}

/* Wakes every thread waiting on COND. LOCK must be held. */
void cond_broadcast (struct condition *cond, struct lock *lock)
{
  while (!list_empty (&cond->waiters))
    cond_signal (cond, lock);
}
