/* Kernel tests of the threads phase: the table of tests that the `run'
   action looks up by name, and what a test uses to report. */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

#include <debug.h>

void run_test (const char *name);

/* Prints "(TEST-NAME) " and the message on a line of its own. */
void msg (const char *format, ...) PRINTF_FORMAT (1, 2);
/* The same, then ends the test as a failure. */
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;

typedef void test_func (void);

/* The platform's own tests. */
extern test_func test_demo;
extern test_func test_synch_many_threads;
extern test_func test_synch_lock_handoff;
extern test_func test_synch_cond_signal;
extern test_func test_synch_cond_broadcast;
extern test_func test_stack_overflow;
extern test_func test_panic_backtrace;

#endif /* tests/threads/tests.h */
