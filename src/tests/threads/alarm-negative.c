/* timer_sleep() with a negative count must return at once, even for the
   most negative count, where careless arithmetic overflows. */
#include <stdint.h>
#include "devices/timer.h"
#include "tests/threads/tests.h"

static void
sleep_for (int64_t ticks)
{
  timer_sleep (1);              /* Start just after a tick, far from the next. */
  int64_t before = timer_ticks ();
  timer_sleep (ticks);
  if (timer_ticks () != before)
    fail ("timer_sleep (%lld) waited for %lld ticks", ticks, timer_ticks () - before);
  msg ("timer_sleep (%lld) returned at once", ticks);
}

void
test_alarm_negative (void)
{
  sleep_for (-1);
  sleep_for (-100);
  sleep_for (INT64_MIN);
}
