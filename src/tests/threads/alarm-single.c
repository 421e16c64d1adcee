/* Five threads each sleep once; see alarm-wait.c for what is checked. */
#include "tests/threads/alarm-wait.h"
#include "tests/threads/tests.h"

void
test_alarm_single (void)
{
  check_alarms (5, 1);
}
