/* Five threads each sleep 7 times; see alarm-wait.c for what is checked. */
#include "tests/threads/alarm-wait.h"
#include "tests/threads/tests.h"

void
test_alarm_multiple (void)
{
  check_alarms (5, 7);
}
