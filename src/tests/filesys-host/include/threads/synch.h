/* Host stand-in for the kernel's threads/synch.h.  The tests run in one
   thread, so a lock only records whether it is held: taking it twice
   (a deadlock in the kernel) or releasing it unheld is reported. */
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

#endif
