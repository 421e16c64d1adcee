/* Several threads sleep over and over, each for its own period: thread i
   for 10 * (i + 1) ticks. Every wake-up is logged; afterwards the log must
   be in order of the time each wake-up was due, no thread may have woken
   before its time, and while they slept, the sleepers must have been
   blocked rather than taking turns on the CPU. */
#include "tests/threads/alarm-wait.h"
#include <string.h>
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define PERIOD_STEP 10          /* Thread i sleeps (i + 1) * PERIOD_STEP ticks. */
#define LEAD_TICKS 10           /* Time to create every thread before the start. */

struct wakeup
  {
    int thread;                 /* Who woke. */
    int due;                    /* When it was due, in ticks after the start. */
    int64_t tick;               /* When it ran again. */
  };

static int64_t start;           /* The tick every thread counts from. */
static int iteration_cnt;
static struct wakeup *wakeups;
static int wakeup_cnt;
static struct semaphore finished;

static void
sleeper (void *number)
{
  int id = (int) number;
  int period = (id + 1) * PERIOD_STEP;
  timer_sleep (start - timer_ticks ());
  for (int i = 1; i <= iteration_cnt; i++)
    {
      /* Sleeping until a fixed tick, rather than for a fixed time, keeps
         the slight lateness of one wake-up out of the next. */
      int64_t due = start + i * period;
      timer_sleep (due - timer_ticks ());
      enum intr_level old_level = intr_disable ();
      wakeups[wakeup_cnt++] = (struct wakeup) { id, i * period, timer_ticks () };
      intr_set_level (old_level);
    }
  sema_up (&finished);
}

/* Adds one to *AWAKE for each thread named "sleeper" that is not blocked. */
static void
count_awake_sleeper (struct thread *t, void *awake)
{
  if (!strcmp (t->name, "sleeper") && t->status != THREAD_BLOCKED)
    ++*(int *) awake;
}

static int
awake_sleepers (void)
{
  int awake = 0;
  enum intr_level old_level = intr_disable ();
  thread_foreach (count_awake_sleeper, &awake);
  intr_set_level (old_level);
  return awake;
}

void
check_alarms (int thread_cnt, int iterations)
{
  msg ("%d threads sleep %d time%s each, thread i for %d * (i + 1) ticks",
       thread_cnt, iterations, iterations == 1 ? "" : "s", PERIOD_STEP);
  iteration_cnt = iterations;
  wakeups = malloc (sizeof *wakeups * thread_cnt * iterations);
  if (wakeups == NULL)
    fail ("out of memory for the log");
  wakeup_cnt = 0;
  sema_init (&finished, 0);
  start = timer_ticks () + LEAD_TICKS;
  for (int i = 0; i < thread_cnt; i++)
    if (thread_create ("sleeper", PRI_DEFAULT, sleeper, (void *) i) == TID_ERROR)
      fail ("could not create sleeper %d", i);

  /* Halfway to the first wake-up, every sleeper should be asleep. */
  int64_t halfway = start + PERIOD_STEP / 2;
  int64_t asked = halfway - timer_ticks ();
  timer_sleep (asked);
  if (timer_ticks () < halfway)
    fail ("timer_sleep (%lld) returned after %lld ticks: nothing slept",
          asked, asked - (halfway - timer_ticks ()));
  int awake = awake_sleepers ();
  if (awake != 0)
    fail ("%d sleepers are not blocked while they sleep: busy waiting?", awake);
  msg ("while they sleep, no sleeper is on the ready list");

  for (int i = 0; i < thread_cnt; i++)
    sema_down (&finished);

  for (int i = 0; i < wakeup_cnt; i++)
    {
      const struct wakeup *w = &wakeups[i];
      if (w->tick < start + w->due)
        fail ("thread %d woke at tick start+%lld, before it was due at start+%d",
              w->thread, w->tick - start, w->due);
      if (i > 0 && w->due < wakeups[i - 1].due)
        fail ("thread %d, due at start+%d, woke after thread %d, due later at start+%d",
              w->thread, w->due, wakeups[i - 1].thread, wakeups[i - 1].due);
    }
  msg ("%d wake-ups, each on time, in the order they were due", wakeup_cnt);
  free (wakeups);
}
