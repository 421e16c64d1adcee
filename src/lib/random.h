/* A pseudo-random number generator.  The same seed always gives the same
   numbers, so a test that uses them behaves the same on every run: the
   kernel's -rs=SEED option picks the seed.  Not for secrets. */
#ifndef LIB_RANDOM_H
#define LIB_RANDOM_H

#include <stddef.h>

/* Restarts the sequence from SEED.  Without a call, the seed is 0. */
void random_init (unsigned seed);

/* Fills SIZE bytes at BUF with random bytes. */
void random_bytes (void *buf, size_t size);

/* A random number covering the whole range of unsigned long. */
unsigned long random_ulong (void);

#endif /* lib/random.h */
