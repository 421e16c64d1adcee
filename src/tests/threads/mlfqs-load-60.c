/* Sixty threads compute at once for BUSY_SECONDS and then end: load_avg
   climbs toward 60 along 60 * (1 - (59/60)^t), then decays by 59/60 a
   second. The main thread samples it every other second, in between
   recomputations; at nice -20 it outranks the busy threads and runs the
   moment it wakes, so it never counts among the ready threads itself. */
#include "devices/timer.h"
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"

#define THREAD_CNT 60
#define BUSY_SECONDS 30
#define IDLE_SECONDS 20
#define SAMPLE_PERIOD 2         /* Seconds between samples. */
#define SAMPLE_CNT ((BUSY_SECONDS + IDLE_SECONDS) / SAMPLE_PERIOD + 1)
#define START_OFFSET 25         /* Ticks past a second the threads start, */
#define SAMPLE_OFFSET 50        /* and the samples are taken. */

static int64_t start, stop;

static void
computer (void *aux UNUSED)
{
  thread_set_nice (1);          /* Below main even before it computes. */
  mlfqs_sleep_until (start);
  mlfqs_spin_until (stop);
}

void
test_mlfqs_load_60 (void)
{
  static int load_avg[SAMPLE_CNT];
  mlfqs_require ();
  start = mlfqs_next_second (START_OFFSET);
  stop = start + BUSY_SECONDS * TIMER_FREQ;
  for (int i = 0; i < THREAD_CNT; i++)
    thread_create ("computer", PRI_DEFAULT, computer, NULL);
  thread_set_nice (-20);

  int64_t first = start - START_OFFSET + SAMPLE_OFFSET;
  for (int k = 0; k < SAMPLE_CNT; k++)
    {
      mlfqs_sleep_until (first + k * SAMPLE_PERIOD * TIMER_FREQ);
      load_avg[k] = thread_get_load_avg ();
    }
  msg ("%d threads computed for %d s, then none for %d s",
       THREAD_CNT, BUSY_SECONDS, IDLE_SECONDS);
  for (int k = 0; k < SAMPLE_CNT; k++)
    msg ("after %d s: load_avg %s", k * SAMPLE_PERIOD, hundredths (load_avg[k]).text);
}
