/* Host stand-in for the kernel's threads/synch.h.  A host program runs
   the file system in one thread, so a lock only records whether it is
   held: taking it twice (a deadlock in the kernel) or releasing it
   unheld is reported; a semaphore only counts, and a down that would
   block forever is reported too. */
#ifndef HOST_THREADS_SYNCH_H
#define HOST_THREADS_SYNCH_H

#include <stdbool.h>

struct lock
  {
    bool held;
  };

void lock_init (struct lock *);
void lock_acquire (struct lock *);
void lock_release (struct lock *);

struct semaphore
  {
    unsigned value;
  };

void sema_init (struct semaphore *, unsigned value);
void sema_down (struct semaphore *);
void sema_up (struct semaphore *);

#endif
