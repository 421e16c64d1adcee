/* Threads join and leave one by one: thread i computes from second i for
   BUSY_SECONDS, so the number of ready threads ramps up, holds, and ramps
   down, and load_avg must follow the average that makes. The main thread
   samples it every other second, as in mlfqs-load-60. */
#include "devices/timer.h"
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"

#define THREAD_CNT 30
#define BUSY_SECONDS 20         /* Each thread's. */
#define IDLE_SECONDS 10         /* After the last one ends. */
#define TOTAL_SECONDS (THREAD_CNT - 1 + BUSY_SECONDS + IDLE_SECONDS)
#define SAMPLE_PERIOD 2         /* Seconds between samples. */
#define SAMPLE_CNT (TOTAL_SECONDS / SAMPLE_PERIOD + 1)
#define START_OFFSET 25         /* Ticks past a second the threads start, */
#define SAMPLE_OFFSET 50        /* and the samples are taken. */

static int64_t start;

static void
computer (void *number)
{
  int64_t my_start = start + (int) number * TIMER_FREQ;
  thread_set_nice (1);          /* Below main even before it computes. */
  mlfqs_sleep_until (my_start);
  mlfqs_spin_until (my_start + BUSY_SECONDS * TIMER_FREQ);
}

void
test_mlfqs_load_avg (void)
{
  static int load_avg[SAMPLE_CNT];
  mlfqs_require ();
  start = mlfqs_next_second (START_OFFSET);
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("computer", PRI_DEFAULT, computer, (void *) i);
  thread_set_nice (-20);

  int64_t first = start - START_OFFSET + SAMPLE_OFFSET;
  for (int k = 0; k < SAMPLE_CNT; k++)
    {
      mlfqs_sleep_until (first + k * SAMPLE_PERIOD * TIMER_FREQ);
      load_avg[k] = thread_get_load_avg ();
    }
  msg ("%d threads, thread i computing for %d s from second i", THREAD_CNT, BUSY_SECONDS);
  for (int k = 0; k < SAMPLE_CNT; k++)
    msg ("after %d s: load_avg %s", k * SAMPLE_PERIOD, hundredths (load_avg[k]).text);
}
