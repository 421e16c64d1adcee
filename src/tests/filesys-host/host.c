/* What the kernel would supply to the file-system code, for a host test
   process: locks (and debug_panic, from tests/lib/host-panic.c).  A panic
   means the code under test would have brought the kernel down, so it
   ends the test run loudly. */
#include <stdio.h>
#include <debug.h>
#include "threads/synch.h"
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

/* Prints SIZE bytes of BUF in hex, 16 to a line (ASCII is not shown). */
void
hex_dump (uintptr_t offset, const void *buf, size_t size, bool ascii UNUSED)
{
  const unsigned char *bytes = buf;

  for (size_t i = 0; i < size; i++)
    printf ("%s%02x", i % 16 == 0 ? (i > 0 ? "\n" : "") : " ", bytes[i]);
  printf (" (from offset %#lx)\n", (unsigned long) offset);
}
