/* Kernel tests of the ipwis phase: the table that the `test' action looks
   up by name (the phase's `run' runs user programs). */
#ifndef TESTS_IPWIS_KERNEL_TESTS_H
#define TESTS_IPWIS_KERNEL_TESTS_H

#include "tests/kernel/ktest.h"

void run_test (const char *name);

extern test_func test_demo;
extern test_func test_engine_float;
extern test_func test_engine_fuel;
extern test_func test_engine_run;
extern test_func test_engine_threads;
extern test_func test_fpu_threads;
extern test_func test_ipiis_loopback;
extern test_func test_ipsis_read;
extern test_func test_tree_callers;
extern test_func test_resources;

#endif /* tests/ipwis/kernel/tests.h */
