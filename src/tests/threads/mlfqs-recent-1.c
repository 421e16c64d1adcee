/* The recent_cpu of a thread computing alone: it grows by one each tick
   and shrinks once a second by the factor (2 * load_avg) / (2 * load_avg
   + 1), which itself grows as load_avg rises, so recent_cpu climbs ever
   faster. The thread samples both once a second, between recomputations,
   and prints the samples at the end. */
#include "devices/timer.h"
#include "tests/threads/mlfqs.h"
#include "tests/threads/tests.h"
#include "threads/thread.h"

#define SECONDS 60
#define SAMPLE_OFFSET 50        /* Ticks past a second each sample is taken. */

void
test_mlfqs_recent_1 (void)
{
  static int recent_cpu[SECONDS + 1], load_avg[SECONDS + 1];
  mlfqs_require ();
  int64_t first = mlfqs_next_second (SAMPLE_OFFSET);
  for (int s = 0; s <= SECONDS; s++)
    {
      mlfqs_spin_until (first + s * TIMER_FREQ);
      recent_cpu[s] = thread_get_recent_cpu ();
      load_avg[s] = thread_get_load_avg ();
    }
  msg ("one thread computed for %d s", SECONDS);
  for (int s = 0; s <= SECONDS; s++)
    msg ("after %d s: recent_cpu %s, load_avg %s", s,
         hundredths (recent_cpu[s]).text, hundredths (load_avg[s]).text);
}
