/* The floating-point half of the fpu-threads test, in a file of its own
   because it is the one built with SSE2 (SSE_SOURCES in
   src/ipwis/Make.vars); the rest of the test stays integer-only. */
#ifndef TESTS_IPWIS_KERNEL_FPU_CHAIN_H
#define TESTS_IPWIS_KERNEL_FPU_CHAIN_H

#include <stdint.h>

/* MXCSR's rounding-control field. */
enum fpu_rounding
  {
    ROUND_NEAREST = 0,
    ROUND_DOWN = 1,
    ROUND_UP = 2,
    ROUND_TOWARD_ZERO = 3
  };

struct fpu_chain
  {
    unsigned steps;
    enum fpu_rounding rounding;
    volatile unsigned progress;         /* Steps done, for the others to see. */
    volatile const unsigned *other;     /* Another chain's progress. */
    unsigned other_moves;               /* Times it changed under us. */
  };

/* Sets the running thread's rounding mode to C->rounding and iterates the
   logistic map x = 3.9 x (1 - x) C->steps times from x = 0.5, which is
   chaotic: one wrong bit anywhere, or one step rounded the wrong way,
   changes the end result completely. Returns the bits of the final x. */
uint64_t fpu_chain_run (struct fpu_chain *c);

/* The running thread's MXCSR. */
uint32_t fpu_chain_mxcsr (void);

#endif /* tests/ipwis/kernel/fpu-chain.h */
