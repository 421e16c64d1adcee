/* The floating-point unit (x87 and SSE registers), saved and restored for
   each thread that uses it. See fpu.c for how and why lazily. */
#ifndef THREADS_FPU_H
#define THREADS_FPU_H

#include <stdbool.h>

struct thread;

/* The 512 bytes that FXSAVE writes and FXRSTOR reads: every x87, MMX and
   SSE register and MXCSR. The instructions want them 16-byte aligned. */
struct fpu_state
  {
    unsigned char fxsave_area[512];
  } __attribute__ ((aligned (16)));

void fpu_init (void);
bool fpu_available (void);
void fpu_activate (struct thread *);
void fpu_release (struct thread *);

#endif /* threads/fpu.h */
