/* Semaphores, locks and condition variables. Everything here is built on
   one idea: with interrupts off, nothing else runs, so checking a value
   and blocking on it happen as one step. */
#ifdef SOLUTION_THREADS
/* Every wake-up goes to the highest-priority waiter (the longest-waiting
   among equals), and a thread waiting for a lock lends its priority to the
   holder, so that a low-priority holder cannot keep it waiting behind
   threads of middling priority. */
#endif
#include "threads/synch.h"
#include <debug.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

void
sema_init (struct semaphore *sema, unsigned value)
{
  ASSERT (sema != NULL);
  sema->value = value;
  list_init (&sema->waiters);
}

/* sema_down() on behalf of OBJECT, a KIND: while it sleeps, the running
   thread says what it waits for, which a deadlock report shows. */
static void
sema_down_for (struct semaphore *sema, enum wait_kind kind, const void *object)
{
  ASSERT (sema != NULL);
  ASSERT (!intr_context ());
  enum intr_level old_level = intr_disable ();
  struct thread *cur = thread_current ();
  while (sema->value == 0)
    {
      cur->wait_kind = kind;
      cur->wait_object = object;
      list_push_back (&sema->waiters, &cur->elem);
      thread_block ();
    }
  cur->wait_kind = WAIT_NONE;
  sema->value--;
  intr_set_level (old_level);
}

/* Waits until SEMA's value is positive, then decrements it. May sleep, so
   never call it from an interrupt handler. */
void
sema_down (struct semaphore *sema)
{
  sema_down_for (sema, WAIT_SEMAPHORE, sema);
}

/* sema_down() for a semaphore that an interrupt handler ups, such as a
   disk's "request done": the device ends the wait, however long every
   thread stays blocked, so the thread is never taken for deadlocked. */
void
sema_down_for_device (struct semaphore *sema)
{
  sema_down_for (sema, WAIT_DEVICE, sema);
}

/* Decrements SEMA if that needs no waiting; says whether it did. */
bool
sema_try_down (struct semaphore *sema)
{
  ASSERT (sema != NULL);
  enum intr_level old_level = intr_disable ();
  bool success = sema->value > 0;
  if (success)
    sema->value--;
  intr_set_level (old_level);
  return success;
}

/* Removes from WAITERS, threads linked through `elem', the one to wake
   first. */
static struct thread *
next_waiter (struct list *waiters)
{
#ifdef SOLUTION_THREADS
  return thread_take_highest (waiters);
#else
  /* TODO (threads): wake the highest-priority waiter. */
  return list_entry (list_pop_front (waiters), struct thread, elem);
#endif
}

/* Increments SEMA and wakes one waiter, if any. Safe in an interrupt
   handler. */
void
sema_up (struct semaphore *sema)
{
  ASSERT (sema != NULL);
  enum intr_level old_level = intr_disable ();
  if (!list_empty (&sema->waiters))
    thread_unblock (next_waiter (&sema->waiters));
  sema->value++;
  intr_set_level (old_level);
#ifdef SOLUTION_THREADS
  thread_yield_if_outranked ();
#endif
}

/* A lock is a semaphore of one with a holder. Its waiters are not woken
   to compete for it: the releaser hands it to the one next in line (see
   hand_over()), so a thread that takes the lock in a loop cannot keep
   the others waiting. */

void
lock_init (struct lock *lock)
{
  ASSERT (lock != NULL);
  lock->holder = NULL;
  sema_init (&lock->semaphore, 1);
}

/* Makes T the holder of LOCK. */
static void
give_lock (struct lock *lock, struct thread *t)
{
  lock->holder = t;
#ifdef SOLUTION_THREADS
  list_push_back (&t->held_locks, &lock->elem);
#endif
}

/* Blocks the running thread until LOCK's holder hands LOCK to it.
   Interrupts must be off. */
static void
wait_for_hand_over (struct lock *lock)
{
  struct thread *cur = thread_current ();
  cur->wait_kind = WAIT_LOCK;
  cur->wait_object = lock;
  list_push_back (&lock->semaphore.waiters, &cur->elem);
  thread_block ();
  cur->wait_kind = WAIT_NONE;
  ASSERT (lock->holder == cur);
}

/* Passes LOCK to the waiter next in line and wakes it, or frees LOCK if
   nobody waits. Interrupts must be off. */
static void
hand_over (struct lock *lock)
{
  struct list *waiters = &lock->semaphore.waiters;
  if (list_empty (waiters))
    {
      lock->holder = NULL;
      lock->semaphore.value++;
      return;
    }
  struct thread *next = next_waiter (waiters);
  give_lock (lock, next);
#ifdef SOLUTION_THREADS
  next->waiting_for = NULL;
  if (!thread_mlfqs)
    thread_refresh_priority (next);     /* The remaining waiters donate. */
#endif
  thread_unblock (next);
}

#ifdef SOLUTION_THREADS
/* Lends the running thread's priority to LOCK's holder, then to the
   holder of the lock that one waits for, and so on down the chain. It
   stops at a thread that already runs as high: everything further down
   the chain was raised at least as high when that thread's own priority
   was lent. */
static void
donate_priority (struct lock *lock)
{
  int priority = thread_current ()->priority;
  while (lock != NULL && lock->holder != NULL && lock->holder->priority < priority)
    {
      lock->holder->priority = priority;
      lock = lock->holder->waiting_for;
    }
}

#endif
/* Waits until LOCK is handed to the running thread, or takes it at once
   if it is free. A lock is not recursive: the holder must not acquire it
   again. */
#ifdef SOLUTION_THREADS
/* While it waits, the running thread lends its priority to the holder
   (not under -mlfqs, which sets every priority itself). */
#endif
void
lock_acquire (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (!lock_held_by_current_thread (lock));
  enum intr_level old_level = intr_disable ();
  if (sema_try_down (&lock->semaphore))
    give_lock (lock, thread_current ());
  else
    {
#ifdef SOLUTION_THREADS
      if (!thread_mlfqs)
        {
          thread_current ()->waiting_for = lock;
          donate_priority (lock);
        }
#else
      /* TODO (threads): lend our priority to the holder while we wait. */
#endif
      wait_for_hand_over (lock);
    }
  intr_set_level (old_level);
}

/* Takes LOCK if it is free; says whether it did. Interrupts stay off
   from the down to the holder's name, so that no thread ever sees the
   lock taken without a holder. */
bool
lock_try_acquire (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (!lock_held_by_current_thread (lock));
  enum intr_level old_level = intr_disable ();
  bool success = sema_try_down (&lock->semaphore);
  if (success)
    give_lock (lock, thread_current ());
  intr_set_level (old_level);
  return success;
}

/* Releases LOCK, which the running thread must hold. */
#ifdef SOLUTION_THREADS
/* The donations that came through LOCK end here; those through other
   locks the thread still holds remain. */
#endif
void
lock_release (struct lock *lock)
{
  ASSERT (lock != NULL);
  ASSERT (lock_held_by_current_thread (lock));
  enum intr_level old_level = intr_disable ();
#ifdef SOLUTION_THREADS
  list_remove (&lock->elem);
  if (!thread_mlfqs)
    thread_refresh_priority (thread_current ());
#else
  /* TODO (threads): give back the priority lent through LOCK. */
#endif
  hand_over (lock);
  intr_set_level (old_level);
#ifdef SOLUTION_THREADS
  thread_yield_if_outranked ();
#endif
}

bool
lock_held_by_current_thread (const struct lock *lock)
{
  ASSERT (lock != NULL);
  return lock->holder == thread_current ();
}

/* One waiting thread: the semaphore it sleeps on, in the condition's list. */
struct cond_waiter
  {
    struct list_elem elem;
    struct semaphore semaphore;
#ifdef SOLUTION_THREADS
    struct thread *thread;      /* Who sleeps on it: cond_signal() wants the
                                   highest-priority one. */
#endif
  };

void
cond_init (struct condition *cond)
{
  ASSERT (cond != NULL);
  list_init (&cond->waiters);
}

/* Releases LOCK, waits until COND is signalled, and takes LOCK back.
   The condition may no longer hold on return: recheck it in a loop. */
void
cond_wait (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));

  struct cond_waiter waiter;
  sema_init (&waiter.semaphore, 0);
#ifdef SOLUTION_THREADS
  waiter.thread = thread_current ();
#endif
  list_push_back (&cond->waiters, &waiter.elem);
  lock_release (lock);
  sema_down_for (&waiter.semaphore, WAIT_CONDITION, cond);
  lock_acquire (lock);
}

#ifdef SOLUTION_THREADS
/* Orders cond_waiters by their thread's effective priority. */
static bool
waiter_lower_priority (const struct list_elem *a, const struct list_elem *b,
                                   void *aux UNUSED)
{
  return list_entry (a, struct cond_waiter, elem)->thread->priority
         < list_entry (b, struct cond_waiter, elem)->thread->priority;
}

#endif
/* Wakes one thread waiting on COND, if any. LOCK must be held. */
#ifdef SOLUTION_THREADS
/* The one woken is the highest-priority waiter. */
#endif
void
cond_signal (struct condition *cond, struct lock *lock)
{
  ASSERT (cond != NULL);
  ASSERT (lock != NULL);
  ASSERT (!intr_context ());
  ASSERT (lock_held_by_current_thread (lock));
  if (list_empty (&cond->waiters))
    return;
#ifdef SOLUTION_THREADS
  struct list_elem *e = list_max (&cond->waiters, waiter_lower_priority, NULL);
  list_remove (e);
#else
  /* TODO (threads): wake the highest-priority waiter. */
  struct list_elem *e = list_pop_front (&cond->waiters);
#endif
  sema_up (&list_entry (e, struct cond_waiter, elem)->semaphore);
}

/* Wakes every thread waiting on COND. LOCK must be held. */
void
cond_broadcast (struct condition *cond, struct lock *lock)
{
  while (!list_empty (&cond->waiters))
    cond_signal (cond, lock);
}
