/* Ten threads of different priorities sleep until the same tick. When it
   comes they must run highest priority first, and not before. */
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define THREAD_CNT 10
#define LEAD_TICKS 10           /* Time for every thread to fall asleep. */

static int64_t wake_tick;
static struct semaphore finished;

static void
sleeper (void *aux UNUSED)
{
  timer_sleep (wake_tick - timer_ticks ());
  /* Without this, a timer_sleep() that does nothing would pass: the
     threads would simply run in priority order. */
  if (timer_ticks () < wake_tick)
    fail ("priority %d woke %lld ticks before the tick it slept until",
          thread_get_priority (), wake_tick - timer_ticks ());
  msg ("priority %d woke up", thread_get_priority ());
  sema_up (&finished);
}

void
test_alarm_priority (void)
{
  sema_init (&finished, 0);
  wake_tick = timer_ticks () + LEAD_TICKS;
  /* Below our own priority, so none runs before we block; and created in
     a shuffled order, so that creation order is not priority order. */
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("sleeper", PRI_DEFAULT - 1 - (i * 7) % THREAD_CNT, sleeper, NULL);
  for (int i = 0; i < THREAD_CNT; i++)
    sema_down (&finished);
}
