/* Helpers shared by the mlfqs-* tests: timing work to the tick, computing
   without a break, and printing the scheduler's hundredths. The results
   the tests should print are computed by mlfqs.py, which their .ck files
   use. */
#ifndef TESTS_THREADS_MLFQS_H
#define TESTS_THREADS_MLFQS_H

#include <stdint.h>

void mlfqs_require (void);
int64_t mlfqs_next_second (int offset);
void mlfqs_sleep_until (int64_t tick);
int mlfqs_spin_until (int64_t tick);

/* A number of hundredths as text, "12.34": msg ("%s", hundredths (n).text). */
struct hundredths
  {
    char text[16];
  };
struct hundredths hundredths (int value);

void mlfqs_share (int thread_cnt, int first_nice, int nice_step, int seconds);

#endif /* tests/threads/mlfqs.h */
