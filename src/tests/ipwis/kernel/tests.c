/* The table of the ipwis phase's kernel tests. */
#include "tests/ipwis/kernel/tests.h"

static const struct ktest tests[] =
  {
    { "engine-bad-modules", test_engine_bad_modules },
    { "engine-float", test_engine_float },
    { "engine-fuel", test_engine_fuel },
    { "engine-run", test_engine_run },
    { "engine-threads", test_engine_threads },
    { "fpu-threads", test_fpu_threads },
    { "ipiis-deadline", test_ipiis_deadline },
    { "ipiis-loopback", test_ipiis_loopback },
    { "ipiis-round-trip", test_ipiis_round_trip },
    { "ipsis-read", test_ipsis_read },
    { "ipsis-task", test_ipsis_task },
    { "tree-callers", test_tree_callers },
    { "resources", test_resources },
    { "task-bad-module", test_task_bad_module },
    { "task-cancel", test_task_cancel },
    { "task-delegate", test_task_delegate },
    { "task-exception-abort", test_task_exception_abort },
    { "task-forged", test_task_forged },
    { "task-hello", test_task_hello },
    { "task-interrupt", test_task_interrupt },
    { "task-interrupt-fails", test_task_interrupt_fails },
    { "task-interrupt-host", test_task_interrupt_host },
    { "task-interrupt-unknown", test_task_interrupt_unknown },
    { "task-interrupt-worker", test_task_interrupt_worker },
    { "task-kernel-mode", test_task_kernel_mode },
    { "task-limits", test_task_limits },
    { "task-memory", test_task_memory },
    { "task-penalty-limit", test_task_penalty_limit },
    { "task-reserved-missing", test_task_reserved_missing },
    { "task-robot", test_task_robot },
    { "task-robot-abort", test_task_robot_abort },
    { "task-robot-late", test_task_robot_late },
    { "task-robot-stuck", test_task_robot_stuck },
    { "task-steps", test_task_steps },
    { "task-timeout", test_task_timeout },
    { "task-undeclared", test_task_undeclared },
    { "task-worker-meta", test_task_worker_meta },
  };

void
run_test (const char *name)
{
  ktest_run (tests, sizeof tests / sizeof *tests, name);
}
