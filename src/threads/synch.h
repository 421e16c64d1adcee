/* Synchronization primitives for kernel threads: counting semaphores,
   locks (a semaphore of one with an owner, handed from each releaser to
   the waiter next in line, so that waiters cannot be starved), and
   condition variables (Mesa style: a woken waiter must recheck its
   condition). */
#ifndef THREADS_SYNCH_H
#define THREADS_SYNCH_H

#include <list.h>
#include <stdbool.h>

struct semaphore
  {
    unsigned value;             /* How many downs may proceed without waiting. */
    struct list waiters;        /* Threads blocked in sema_down(). */
  };

void sema_init (struct semaphore *, unsigned value);
void sema_down (struct semaphore *);
void sema_down_for_device (struct semaphore *);
bool sema_try_down (struct semaphore *);
void sema_up (struct semaphore *);

struct lock
  {
    struct thread *holder;      /* The owner, or NULL. */
    struct semaphore semaphore; /* Value 1 while free. */
#ifdef SOLUTION_THREADS
    struct list_elem elem;      /* In the holder's held_locks. */
#endif
  };

void lock_init (struct lock *);
void lock_acquire (struct lock *);
bool lock_try_acquire (struct lock *);
void lock_release (struct lock *);
bool lock_held_by_current_thread (const struct lock *);

struct condition
  {
    struct list waiters;        /* One semaphore per waiting thread. */
  };

void cond_init (struct condition *);
void cond_wait (struct condition *, struct lock *);
void cond_signal (struct condition *, struct lock *);
void cond_broadcast (struct condition *, struct lock *);

/* Stops the compiler from moving memory accesses across this point. */
#define barrier() asm volatile ("" : : : "memory")

#endif /* threads/synch.h */
