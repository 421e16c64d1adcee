/* A thread that becomes ready with a higher priority than the running one
   takes the CPU at once: when it is created, and when it wakes from
   timer_sleep() while a lower-priority thread computes, without waiting
   for the time slice to end. */
#include <stdbool.h>
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"

#define STEPS 3
#define SLEEPS 5                /* The sleeper sleeps 1, 2, ... SLEEPS ticks. */
#define SPIN_LIMIT 100          /* Ticks main computes at most. */

static void
climber (void *aux UNUSED)
{
  for (int i = 1; i <= STEPS; i++)
    {
      msg ("high thread, step %d", i);
      thread_yield ();          /* Nobody else is as high: we keep the CPU. */
    }
}

static volatile bool sleeper_done;

/* Sleeps for different lengths, so that some wake-up falls in the middle
   of main's time slice: only preemption from the interrupt handler lets
   the sleeper run on the very tick it is due. */
static void
sleeper (void *aux UNUSED)
{
  int late_cnt = 0;
  for (int ticks = 1; ticks <= SLEEPS; ticks++)
    {
      int64_t due = timer_ticks () + ticks;
      timer_sleep (ticks);
      int64_t late = timer_ticks () - due;
      if (late != 0)
        {
          msg ("after sleeping %d ticks, the sleeper ran %lld ticks late", ticks, late);
          late_cnt++;
        }
    }
  if (late_cnt == 0)
    msg ("the sleeper ran on the tick it was due after each of %d sleeps", SLEEPS);
  sleeper_done = true;
}

void
test_priority_preempt (void)
{
  thread_create ("climber", PRI_DEFAULT + 1, climber, NULL);
  msg ("main: thread_create() returned after the high thread finished");

  thread_create ("sleeper", PRI_DEFAULT + 1, sleeper, NULL);
  int64_t start = timer_ticks ();
  while (!sleeper_done && timer_elapsed (start) < SPIN_LIMIT)
    continue;                   /* Compute, never yielding. */
  msg ("main: %s", sleeper_done ? "the sleeper is done" : "the sleeper never finished");
}
