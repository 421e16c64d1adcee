/* What every host test group uses: reporting a failure, and checking that
   a piece of code makes the library panic.  Each group runs in a child
   process of its own (see main.c), so a failure ends just that group. */
#ifndef TESTS_LIB_CHECK_H
#define TESTS_LIB_CHECK_H

#include <stdbool.h>

/* Reports a failure at FILE:LINE and ends the group. */
void fail (const char *file, int line, const char *format, ...)
  __attribute__ ((format (printf, 3, 4), noreturn));

/* Ends the group with a failure unless CONDITION holds; the remaining
   arguments are a printf format and its arguments saying what went
   wrong. */
#define EXPECT(CONDITION, ...)                                  \
  do {                                                          \
    if (!(CONDITION))                                           \
      fail (__FILE__, __LINE__, __VA_ARGS__);                   \
  } while (0)

/* Whether FUNCTION (AUX), run in a child process, ends in a library
   panic (a failed ASSERT), as misuse of the library should. */
bool panics (void (*function) (void *aux), void *aux);

/* The test groups, one per file test-NAME.c. */
void test_headers (void);
void test_ctype (void);
void test_string (void);
void test_printf (void);
void test_printf_sweep (void);
void test_console (void);
void test_stdlib (void);
void test_random (void);
void test_list (void);
void test_sha256 (void);
void test_hmac_sha256 (void);
void test_crc32 (void);
void test_hash (void);
void test_bitmap (void);

#endif /* tests/lib/check.h */
