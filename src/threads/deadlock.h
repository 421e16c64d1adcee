/* Deadlock detection: when no thread can ever run again, say which
   threads wait for what, and stop. See deadlock.c. */
#ifndef THREADS_DEADLOCK_H
#define THREADS_DEADLOCK_H

#include <stdbool.h>

void deadlock_tick (bool idle);
void deadlock_progress (void);
void deadlock_check (void);

#endif /* threads/deadlock.h */
