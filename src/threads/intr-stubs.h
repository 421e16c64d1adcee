/* Entry points defined in intr-stubs.S. */
#ifndef THREADS_INTR_STUBS_H
#define THREADS_INTR_STUBS_H

/* The 256 per-vector entry stubs, in vector order, for the IDT. */
extern void *intr_stubs[256];

/* Returns from an interrupt: restores the struct intr_frame at the stack
   pointer and executes iret. Jumping here with a hand-built frame is how a
   thread enters user mode for the first time. */
void intr_exit (void);

#endif /* threads/intr-stubs.h */
