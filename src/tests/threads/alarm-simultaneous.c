/* Three threads sleep until the same tick, five times over. Each time they
   must all wake on that very tick, and in the documented order for threads
   of equal priority: the order in which they went to sleep. */
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/interrupt.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 3
#define ITERATIONS 5
#define PERIOD 10               /* Ticks between wake-ups. */

struct wakeup
  {
    int thread;
    int64_t tick;
  };

static int64_t start;
static struct wakeup wakeups[THREAD_CNT * ITERATIONS];
static int wakeup_cnt;
static struct semaphore finished;

static void
sleeper (void *number)
{
  for (int i = 1; i <= ITERATIONS; i++)
    {
      timer_sleep (start + i * PERIOD - timer_ticks ());
      enum intr_level old_level = intr_disable ();
      wakeups[wakeup_cnt++] = (struct wakeup) { (int) number, timer_ticks () };
      intr_set_level (old_level);
    }
  sema_up (&finished);
}

void
test_alarm_simultaneous (void)
{
  sema_init (&finished, 0);
  start = timer_ticks ();
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("sleeper", PRI_DEFAULT, sleeper, (void *) i);
  for (int i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);

  for (int i = 0; i < wakeup_cnt; i++)
    {
      const struct wakeup *w = &wakeups[i];
      int iteration = i / THREAD_CNT + 1;
      msg ("iteration %d: thread %d woke %lld ticks after the start",
           iteration, w->thread, w->tick - start);
    }
}
