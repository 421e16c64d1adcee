/* Deadlock detection. When every thread but the idle thread is blocked on
   a semaphore, a lock or a condition variable, only another thread could
   wake one, so none ever runs again. Instead of idling until a test's time
   limit, the kernel then names each blocked thread, what it waits for
   (a lock and its holder, a semaphore, a condition) and where, and stops.

   One case looks the same but is not a deadlock: a thread in timer_sleep()
   may sleep on a semaphore that the timer interrupt ups. So the kernel
   reports only after the machine has stayed that way, with nobody woken,
   for DEADLOCK_SECONDS: longer than any sleep while everything else is
   blocked. The simulators' clock counts instructions and skips the time a
   halted CPU waits, so those idle seconds pass in a blink of real time.

   A thread that waits for an interrupt is never deadlocked, however long it
   waits: one blocked with thread_block() itself, not through a semaphore
   (intq.c's readers wait for a key, say), or in sema_down_for_device() (a
   disk request: how much guest time it takes depends on the host).
   While one does, there is no deadlock. */
#include "threads/deadlock.h"
#include <console.h>
#include <debug.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define DEADLOCK_SECONDS 30

/* Timer ticks in a row that found the idle thread running, with no thread
   woken since. Only the timer interrupt and thread_unblock() change it,
   both with interrupts off. */
static unsigned quiet_ticks;

/* Called on every timer tick: IDLE says whether the idle thread is
   running. */
void
deadlock_tick (bool idle)
{
  if (!idle)
    quiet_ticks = 0;
  else if (quiet_ticks < DEADLOCK_SECONDS * TIMER_FREQ)
    quiet_ticks++;
}

/* Called whenever a thread is woken: whatever it was, it was no deadlock. */
void
deadlock_progress (void)
{
  quiet_ticks = 0;
}

/* How many threads there are, and how many wait for another thread. */
struct census
  {
    int threads;
    int stuck;
  };

static void
count_thread (struct thread *t, void *census)
{
  struct census *c = census;
  c->threads++;
  if (t->status == THREAD_BLOCKED && t->wait_kind != WAIT_NONE
      && t->wait_kind != WAIT_DEVICE)
    c->stuck++;
}

/* Whether every thread but the idle one waits for another thread, and has
   done so for DEADLOCK_SECONDS. Interrupts must be off. */
static bool
deadlocked (void)
{
  if (quiet_ticks < DEADLOCK_SECONDS * TIMER_FREQ)
    return false;
  struct census c = { 0, 0 };
  thread_foreach (count_thread, &c);
  return c.stuck > 0 && c.stuck == c.threads - 1;
}

/* Prints, for blocked thread T, what it waits for, and the call stack it
   blocked in: the frame pointer that switch_threads() saved, fourth of the
   words at T's saved stack pointer (see threads/switch.S). */
static void
report_thread (struct thread *t, void *aux UNUSED)
{
  if (t->status != THREAD_BLOCKED)
    return;
  printf ("  thread %d '%s' ", t->tid, t->name);
  const struct lock *lock = t->wait_object;
  const struct semaphore *sema = t->wait_object;
  switch (t->wait_kind)
    {
    case WAIT_LOCK:
      printf ("waits for lock %p, held by thread %d '%s'\n", lock,
              lock->holder ? lock->holder->tid : -1,
              lock->holder ? lock->holder->name : "(none)");
      break;
    case WAIT_SEMAPHORE:
      printf ("waits on semaphore %p (value %u)\n", sema, sema->value);
      break;
    case WAIT_CONDITION:
      printf ("waits on condition %p\n", t->wait_object);
      break;
    case WAIT_NONE:
    case WAIT_DEVICE:           /* Not in a deadlock; listed for completeness. */
      printf ("is blocked\n");
      break;
    }
  printf ("   ");
  debug_backtrace_from (((void **) t->stack)[3]);
}

/* Called by the idle thread each time it wakes: if the kernel is
   deadlocked, reports it and powers off (with -q; otherwise it halts, for
   a debugger to look at). Never returns then. */
void
deadlock_check (void)
{
  enum intr_level old_level = intr_disable ();
  if (!deadlocked ())
    {
      intr_set_level (old_level);
      return;
    }
  console_panic ();             /* A blocked thread may hold the console. */
  printf ("DEADLOCK: every thread is blocked, waiting for another; "
          "none can ever run again:\n");
  thread_foreach (report_thread, NULL);
  serial_flush ();
  if (power_off_when_done)
    shutdown_power_off_now ();
  for (;;)
    asm volatile ("hlt");
}
