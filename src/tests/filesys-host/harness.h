/* A small test harness for host unit tests: each test is a function that
   returns NULL when it passes or a reason when it fails.  Everything a
   test prints is captured, so tests can check the messages of the code
   they exercise, and the report stays one line per test. */
#ifndef HARNESS_H
#define HARNESS_H

#include <stddef.h>

typedef const char *test_func (void);

struct test
  {
    const char *name;
    test_func *run;
  };

/* Tables of tests, each ended by an entry whose name is NULL. */
extern const struct test fs_tests[];
extern const struct test ustar_tests[];
extern const struct test fsutil_tests[];
/* Of the phase-4 file system (fs4-test, built with PHASE4_TESTS). */
extern const struct test phase4_tests[];

/* Fails the current test, naming the line and the condition, unless
   COND holds. */
#define CHECK(COND)                                             \
  do {                                                          \
    if (!(COND))                                                \
      return test_failure (__FILE__, __LINE__, #COND);          \
  } while (0)

const char *test_failure (const char *file, int line, const char *what);

/* Everything the current test has printed so far. */
#define test_output() capture_text ()
const char *capture_text (void);

#endif
