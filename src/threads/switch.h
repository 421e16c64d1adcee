/* The context switch, in switch.S. */
#ifndef THREADS_SWITCH_H
#define THREADS_SWITCH_H

/* Offset of `stack' in struct thread, checked by a static assert. */
#define THREAD_STACK_OFS 24

#ifndef __ASSEMBLER__
struct thread;

/* Saves the running thread CUR's registers on its stack and its stack
   pointer in CUR->stack, then resumes NEXT where it last switched out.
   When CUR is resumed in turn, this call returns the thread that was
   running just before it. */
struct thread *switch_threads (struct thread *cur, struct thread *next);

/* Where a new thread starts: see thread_create(). */
void switch_entry (void);

#endif

#endif /* threads/switch.h */
