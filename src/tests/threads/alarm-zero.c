/* timer_sleep (0) must return at once, without waiting for a tick. */
#include "devices/timer.h"
#include "tests/threads/tests.h"

void
test_alarm_zero (void)
{
  timer_sleep (1);              /* Start just after a tick, far from the next. */
  int64_t before = timer_ticks ();
  timer_sleep (0);
  if (timer_ticks () != before)
    fail ("timer_sleep (0) waited for %lld ticks", timer_ticks () - before);
  msg ("timer_sleep (0) returned at once");
}
