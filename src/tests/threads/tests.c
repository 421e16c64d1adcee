/* The table of the threads phase's kernel tests. */
#include "tests/threads/tests.h"

static const struct ktest tests[] =
  {
    { "demo", test_demo },
    { "alarm-single", test_alarm_single },
    { "alarm-multiple", test_alarm_multiple },
    { "alarm-simultaneous", test_alarm_simultaneous },
    { "alarm-priority", test_alarm_priority },
    { "alarm-zero", test_alarm_zero },
    { "alarm-negative", test_alarm_negative },
    { "priority-change", test_priority_change },
    { "priority-preempt", test_priority_preempt },
    { "priority-fifo", test_priority_fifo },
    { "priority-sema", test_priority_sema },
    { "priority-condvar", test_priority_condvar },
    { "priority-donate-one", test_priority_donate_one },
    { "priority-donate-multiple", test_priority_donate_multiple },
    { "priority-donate-multiple2", test_priority_donate_multiple2 },
    { "priority-donate-nest", test_priority_donate_nest },
    { "priority-donate-chain", test_priority_donate_chain },
    { "priority-donate-sema", test_priority_donate_sema },
    { "priority-donate-lower", test_priority_donate_lower },
    { "mlfqs-load-1", test_mlfqs_load_1 },
    { "mlfqs-load-60", test_mlfqs_load_60 },
    { "mlfqs-load-avg", test_mlfqs_load_avg },
    { "mlfqs-recent-1", test_mlfqs_recent_1 },
    { "mlfqs-fair-2", test_mlfqs_fair_2 },
    { "mlfqs-fair-20", test_mlfqs_fair_20 },
    { "mlfqs-nice-2", test_mlfqs_nice_2 },
    { "mlfqs-nice-10", test_mlfqs_nice_10 },
    { "mlfqs-block", test_mlfqs_block },
    { "synch-many-threads", test_synch_many_threads },
    { "synch-lock-handoff", test_synch_lock_handoff },
    { "synch-lock-fair", test_synch_lock_fair },
    { "synch-cond-signal", test_synch_cond_signal },
    { "synch-cond-broadcast", test_synch_cond_broadcast },
    { "stack-overflow", test_stack_overflow },
    { "panic-backtrace", test_panic_backtrace },
    { "fault-report", test_fault_report },
    { "deadlock-report", test_deadlock_report },
  };

void
run_test (const char *name)
{
  ktest_run (tests, sizeof tests / sizeof *tests, name);
}
