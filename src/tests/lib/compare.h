/* Formatting the same thing with our snprintf and the host's, for the
   printf test groups. */
#ifndef TESTS_LIB_COMPARE_H
#define TESTS_LIB_COMPARE_H

/* Formats FORMAT and the arguments with both, into buffers of SIZE bytes,
   and fails the group unless the text and the returned length agree. */
void same_as_host (const char *file, int line, size_t size,
                   const char *format, ...)
  __attribute__ ((format (printf, 4, 5)));

/* The usual case: a buffer big enough for anything the tests print. */
#define SAME(...) same_as_host (__FILE__, __LINE__, 256, __VA_ARGS__)

#endif /* tests/lib/compare.h */
