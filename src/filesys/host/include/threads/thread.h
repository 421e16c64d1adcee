/* Host stand-in for the kernel's threads/thread.h: the file system may
   ask for background threads (the cache's read-ahead, the flusher); a
   host program has none, and flushes when it unmounts. */
#ifndef HOST_THREADS_THREAD_H
#define HOST_THREADS_THREAD_H

typedef int tid_t;
typedef void thread_func (void *aux);

#define PRI_DEFAULT 31

tid_t thread_create (const char *name, int priority, thread_func *, void *);

#endif
