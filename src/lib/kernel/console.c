/* Console output for the kernel. Every character goes to both the serial
   port (which the runner and the harness read) and the VGA screen.

   A lock keeps one printf() call's output together. It is taken only
   where taking a lock is allowed: once threads exist, outside interrupt
   handlers, and not while panicking. A printf() inside a printf() (say, a
   panic in the console code) must not wait for its own lock, so the lock
   counts how deep the current holder is nested. */
#include <console.h>
#include <stdarg.h>
#include <stdio.h>
#include "devices/serial.h"
#include "devices/vga.h"
#include "threads/interrupt.h"
#include "threads/synch.h"

static struct lock console_lock;
static bool use_lock;           /* Threads are up: console_init() ran. */
static int lock_depth;          /* Nesting of the holder's printf()s. */
static long long write_cnt;     /* Characters written. */

void
console_init (void)
{
  lock_init (&console_lock);
  use_lock = true;
}

/* From now on never wait for the lock: the kernel is panicking, and the
   lock's holder may be the broken code itself. */
void
console_panic (void)
{
  use_lock = false;
}

void
console_print_stats (void)
{
  printf ("Console: %lld characters output\n", write_cnt);
}

static void
acquire_console (void)
{
  if (!use_lock || intr_context ())
    return;
  if (lock_held_by_current_thread (&console_lock))
    lock_depth++;
  else
    lock_acquire (&console_lock);
}

static void
release_console (void)
{
  if (!use_lock || intr_context ())
    return;
  if (lock_depth > 0)
    lock_depth--;
  else
    lock_release (&console_lock);
}

static void
putchar_have_lock (char c)
{
  write_cnt++;
  serial_putc (c);
  vga_putc (c);
}

static void
emit (char c, void *count)
{
  (*(int *) count)++;
  putchar_have_lock (c);
}

int
vprintf (const char *format, va_list args)
{
  int count = 0;
  acquire_console ();
  vformat (emit, &count, format, args);
  release_console ();
  return count;
}

/* Writes the N bytes at BUFFER as one piece. */
void
putbuf (const char *buffer, size_t n)
{
  acquire_console ();
  while (n-- > 0)
    putchar_have_lock (*buffer++);
  release_console ();
}

int
puts (const char *s)
{
  acquire_console ();
  while (*s != '\0')
    putchar_have_lock (*s++);
  putchar_have_lock ('\n');
  release_console ();
  return 0;
}

int
putchar (int c)
{
  acquire_console ();
  putchar_have_lock (c);
  release_console ();
  return c;
}
