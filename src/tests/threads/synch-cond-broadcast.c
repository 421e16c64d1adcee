/* Several threads wait on one condition; a signal wakes exactly one of
   them, and a broadcast wakes all the rest. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WAITER_CNT 5

static struct lock lock;
static struct condition go;
static int tickets;             /* How many waiters may leave. */
static int waiting, woken;
static struct semaphore left;

static void
waiter (void *aux UNUSED)
{
  lock_acquire (&lock);
  waiting++;
  while (tickets == 0)
    cond_wait (&go, &lock);
  tickets--;
  woken++;
  lock_release (&lock);
  sema_up (&left);
}

/* Lets everyone else run until they are all blocked. */
static void
let_others_run (void)
{
  for (int i = 0; i < 4 * WAITER_CNT; i++)
    thread_yield ();
}

void
test_synch_cond_broadcast (void)
{
  lock_init (&lock);
  cond_init (&go);
  sema_init (&left, 0);
  for (int i = 0; i < WAITER_CNT; i++)
    thread_create ("waiter", PRI_DEFAULT, waiter, NULL);
  let_others_run ();
  msg ("%d threads waiting", waiting);

  lock_acquire (&lock);
  tickets = WAITER_CNT;         /* Enough for all: only wake-ups limit them. */
  cond_signal (&go, &lock);
  lock_release (&lock);
  sema_down (&left);
  let_others_run ();
  msg ("after signal: %d woken", woken);

  lock_acquire (&lock);
  cond_broadcast (&go, &lock);
  lock_release (&lock);
  for (int i = 1; i < WAITER_CNT; i++)
    sema_down (&left);
  msg ("after broadcast: %d woken", woken);
}
