/* Kernel tests of the ipwis phase: the table that the `test' action looks
   up by name (the phase's `run' runs user programs). */
#ifndef TESTS_IPWIS_KERNEL_TESTS_H
#define TESTS_IPWIS_KERNEL_TESTS_H

#include "tests/kernel/ktest.h"

void run_test (const char *name);

extern test_func test_engine_bad_modules;
extern test_func test_engine_float;
extern test_func test_engine_fuel;
extern test_func test_engine_run;
extern test_func test_engine_threads;
extern test_func test_fpu_threads;
extern test_func test_ipiis_deadline;
extern test_func test_ipiis_loopback;
extern test_func test_ipiis_round_trip;
extern test_func test_ipsis_read;
extern test_func test_ipsis_task;
extern test_func test_tree_callers;
extern test_func test_resources;
extern test_func test_task_bad_module;
extern test_func test_task_cancel;
extern test_func test_task_delegate;
extern test_func test_task_exception_abort;
extern test_func test_task_forged;
extern test_func test_task_hello;
extern test_func test_task_interrupt;
extern test_func test_task_interrupt_fails;
extern test_func test_task_interrupt_host;
extern test_func test_task_interrupt_unknown;
extern test_func test_task_interrupt_worker;
extern test_func test_task_kernel_mode;
extern test_func test_task_limits;
extern test_func test_task_memory;
extern test_func test_task_penalty_limit;
extern test_func test_task_reserved_missing;
extern test_func test_task_robot;
extern test_func test_task_robot_abort;
extern test_func test_task_robot_late;
extern test_func test_task_robot_stuck;
extern test_func test_task_steps;
extern test_func test_task_timeout;
extern test_func test_task_undeclared;
extern test_func test_task_worker_meta;

#endif /* tests/ipwis/kernel/tests.h */
