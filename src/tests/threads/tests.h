/* Kernel tests of the threads phase: the table of tests that the `run'
   action looks up by name, and what a test uses to report. */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

#include "tests/kernel/ktest.h"

void run_test (const char *name);

/* The platform's own tests. */
extern test_func test_demo;
extern test_func test_synch_many_threads;
extern test_func test_synch_lock_handoff;
extern test_func test_synch_lock_fair;
extern test_func test_synch_cond_signal;
extern test_func test_synch_cond_broadcast;
extern test_func test_stack_overflow;
extern test_func test_panic_backtrace;
extern test_func test_fault_report;
extern test_func test_deadlock_report;

/* The threads assignment's graded tests. */
extern test_func test_alarm_single;
extern test_func test_alarm_multiple;
extern test_func test_alarm_simultaneous;
extern test_func test_alarm_priority;
extern test_func test_alarm_zero;
extern test_func test_alarm_negative;
extern test_func test_priority_change;
extern test_func test_priority_preempt;
extern test_func test_priority_fifo;
extern test_func test_priority_sema;
extern test_func test_priority_condvar;
extern test_func test_priority_donate_one;
extern test_func test_priority_donate_multiple;
extern test_func test_priority_donate_multiple2;
extern test_func test_priority_donate_nest;
extern test_func test_priority_donate_chain;
extern test_func test_priority_donate_sema;
extern test_func test_priority_donate_lower;
extern test_func test_mlfqs_load_1;
extern test_func test_mlfqs_load_60;
extern test_func test_mlfqs_load_avg;
extern test_func test_mlfqs_recent_1;
extern test_func test_mlfqs_fair_2;
extern test_func test_mlfqs_fair_20;
extern test_func test_mlfqs_nice_2;
extern test_func test_mlfqs_nice_10;
extern test_func test_mlfqs_block;

#endif /* tests/threads/tests.h */
