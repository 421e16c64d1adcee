/* The fpu-threads test's arithmetic: built with -msse2 (see fpu-chain.h).
   The loop makes no calls, so x and the constants stay in XMM registers
   while the timer preempts it: only the kernel's FPU switching keeps
   them. */
#include "tests/ipwis/kernel/fpu-chain.h"

#define MXCSR_DEFAULT 0x1f80
#define MXCSR_ROUNDING_SHIFT 13

uint64_t
fpu_chain_run (struct fpu_chain *c)
{
  uint32_t mxcsr = MXCSR_DEFAULT | (uint32_t) c->rounding << MXCSR_ROUNDING_SHIFT;
  asm volatile ("ldmxcsr %0" : : "m" (mxcsr));

  double x = 0.5, r = 3.9, one = 1.0;
  unsigned seen = *c->other;
  for (unsigned i = 0; i < c->steps; i++)
    {
      x = r * x * (one - x);
      c->progress = i + 1;
      if (*c->other != seen)
        {
          seen = *c->other;
          c->other_moves++;
        }
    }
  union { double d; uint64_t bits; } result = { .d = x };
  return result.bits;
}

uint32_t
fpu_chain_mxcsr (void)
{
  uint32_t mxcsr;
  asm volatile ("stmxcsr %0" : "=m" (mxcsr));
  return mxcsr;
}
