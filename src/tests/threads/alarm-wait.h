/* The sleep-and-check routine shared by alarm-single and alarm-multiple. */
#ifndef TESTS_THREADS_ALARM_WAIT_H
#define TESTS_THREADS_ALARM_WAIT_H

void check_alarms (int thread_cnt, int iterations);

#endif /* tests/threads/alarm-wait.h */
