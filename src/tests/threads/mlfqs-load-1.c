/* One thread computing alone drives load_avg up toward 1, along
   1 - (59/60)^t from wherever it stood; when the thread sleeps instead,
   load_avg decays by 59/60 a second. The thread samples load_avg once a
   second, between two recomputations, and prints the samples at the end
   so that printing cannot hold it up at a sampling time. */
#include "devices/timer.h"
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"

#define BUSY_SECONDS 45
#define IDLE_SECONDS 15
#define SAMPLE_OFFSET 50        /* Ticks past a second each sample is taken. */

void
test_mlfqs_load_1 (void)
{
  static int load_avg[BUSY_SECONDS + IDLE_SECONDS + 1];
  mlfqs_require ();
  int64_t first = mlfqs_next_second (SAMPLE_OFFSET);
  for (int s = 0; s <= BUSY_SECONDS + IDLE_SECONDS; s++)
    {
      int64_t when = first + s * TIMER_FREQ;
      if (s <= BUSY_SECONDS)
        mlfqs_spin_until (when);
      else
        mlfqs_sleep_until (when);
      load_avg[s] = thread_get_load_avg ();
    }
  msg ("one thread computed for %d s, then slept for %d s", BUSY_SECONDS, IDLE_SECONDS);
  for (int s = 0; s <= BUSY_SECONDS + IDLE_SECONDS; s++)
    msg ("after %d s: load_avg %s", s, hundredths (load_avg[s]).text);
}
