/* A blocked thread's recent_cpu keeps decaying, and its priority keeps
   being recomputed: a thread computes alone for a while, then blocks on a
   semaphore while the main thread computes in its place. When main wakes
   it, its recent_cpu and priority must show the time it spent blocked:
   low use, high priority, high enough to take the CPU from main at once. */
#include <stdbool.h>
#include "devices/timer.h"
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define BUSY_SECONDS 20
#define BLOCKED_SECONDS 3
#define START_OFFSET 50         /* Ticks past a second the work starts. */

static int64_t start;
static struct semaphore wakeup, finished;

/* What the blocker saw: recent_cpu and load_avg in hundredths. */
static int busy_recent_cpu, busy_load_avg;
static int woken_recent_cpu, woken_load_avg, woken_priority;

static void
blocker (void *aux UNUSED)
{
  mlfqs_sleep_until (start);
  mlfqs_spin_until (start + BUSY_SECONDS * TIMER_FREQ);
  busy_recent_cpu = thread_get_recent_cpu ();
  busy_load_avg = thread_get_load_avg ();
  sema_down (&wakeup);
  woken_recent_cpu = thread_get_recent_cpu ();
  woken_load_avg = thread_get_load_avg ();
  woken_priority = thread_get_priority ();
  sema_up (&finished);
}

void
test_mlfqs_block (void)
{
  mlfqs_require ();
  sema_init (&wakeup, 0);
  sema_init (&finished, 0);
  start = mlfqs_next_second (START_OFFSET);
  thread_create ("blocker", PRI_DEFAULT, blocker, NULL);
  /* One tick after the blocker stops computing, it has blocked. */
  mlfqs_sleep_until (start + BUSY_SECONDS * TIMER_FREQ + 1);
  mlfqs_spin_until (start + (BUSY_SECONDS + BLOCKED_SECONDS) * TIMER_FREQ);
  sema_up (&wakeup);
  bool preempted = sema_try_down (&finished);
  msg ("main %s", preempted ? "was preempted by the woken thread"
                            : "still runs after waking the thread");
  if (!preempted)
    sema_down (&finished);
  msg ("after computing for %d s: recent_cpu %s, load_avg %s", BUSY_SECONDS,
       hundredths (busy_recent_cpu).text, hundredths (busy_load_avg).text);
  msg ("after %d s blocked: recent_cpu %s, load_avg %s, priority %d", BLOCKED_SECONDS,
       hundredths (woken_recent_cpu).text, hundredths (woken_load_avg).text, woken_priority);
}
