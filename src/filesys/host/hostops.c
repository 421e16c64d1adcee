/* The host operations: what the kernel gives the file-system code, for a
   host program (src/utils/skiff-fs, the host unit tests): panics, locks,
   semaphores, threads and hex dumps.  A panic here means the code would
   have brought the kernel down, so it ends the program loudly. */
#include <stdarg.h>
#include <stdio.h>
#include <debug.h>
#include "threads/synch.h"
#include "devices/timer.h"
#include "threads/thread.h"
#include "kit-stdio.h"

void
lock_init (struct lock *lock)
{
  lock->held = false;
}

void
lock_acquire (struct lock *lock)
{
  if (lock->held)
    PANIC ("lock taken twice: the kernel would deadlock here");
  lock->held = true;
}

void
lock_release (struct lock *lock)
{
  if (!lock->held)
    PANIC ("releasing a lock that is not held");
  lock->held = false;
}

void
sema_init (struct semaphore *sema, unsigned value)
{
  sema->value = value;
}

void
sema_down (struct semaphore *sema)
{
  if (sema->value == 0)
    PANIC ("sema_down with nobody to up it: the kernel would wait forever");
  sema->value--;
}

void
sema_up (struct semaphore *sema)
{
  sema->value++;
}

/* No background threads on the host: the work they would do (reading
   ahead, flushing) is either a hint or done at unmount. */
tid_t
thread_create (const char *name UNUSED, int priority UNUSED,
               thread_func *function UNUSED, void *aux UNUSED)
{
  return 1;
}

/* Only the background threads sleep, and they never run here. */
void
timer_sleep (int64_t ticks UNUSED)
{
  PANIC ("timer_sleep on the host: no thread may wait for the clock");
}

/* Prints SIZE bytes of BUF in hex, 16 to a line (ASCII is not shown). */
void
hex_dump (uintptr_t offset, const void *buf, size_t size, bool ascii UNUSED)
{
  const unsigned char *bytes = buf;

  for (size_t i = 0; i < size; i++)
    printf ("%s%02x", i % 16 == 0 ? (i > 0 ? "\n" : "") : " ", bytes[i]);
  printf (" (from offset %#lx)\n", (unsigned long) offset);
}
