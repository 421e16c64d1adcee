/* What every phase's kernel tests share: looking a test up by name in its
   phase's table and running it between "begin" and "end", and the two
   calls a test reports with. A phase keeps its own table (see
   tests/threads/tests.c). */
#ifndef TESTS_KERNEL_KTEST_H
#define TESTS_KERNEL_KTEST_H

#include <debug.h>
#include <stddef.h>

typedef void test_func (void);

struct ktest
  {
    const char *name;
    test_func *function;
  };

/* Runs the test called NAME from TESTS, an array of COUNT entries, or
   says that there is none by that name. */
void ktest_run (const struct ktest *tests, size_t count, const char *name);

/* Prints "(TEST-NAME) " and the message on a line of its own. */
void msg (const char *format, ...) PRINTF_FORMAT (1, 2);
/* The same, then ends the test as a failure. */
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;

#endif /* tests/kernel/ktest.h */
