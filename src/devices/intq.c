/* Interrupt queue. Every operation runs with interrupts off: that is what
   makes it safe against the interrupt handler on the other side. A thread
   that must wait blocks itself and is unblocked by the other side. */
#include "devices/intq.h"
#include <debug.h>
#include "threads/interrupt.h"
#include "threads/thread.h"

void
intq_init (struct intq *q)
{
  lock_init (&q->lock);
  q->waiting_reader = q->waiting_writer = NULL;
  q->head = q->tail = 0;
}

static unsigned
next (unsigned pos)
{
  return (pos + 1) % INTQ_SIZE;
}

bool
intq_empty (const struct intq *q)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return q->head == q->tail;
}

bool
intq_full (const struct intq *q)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return next (q->head) == q->tail;
}

/* Sleeps in *WAITER until the other side wakes us. */
static void
wait (struct thread **waiter)
{
  ASSERT (*waiter == NULL);
  *waiter = thread_current ();
  thread_block ();
}

/* Wakes the thread in *WAITER, if any. */
static void
signal (struct thread **waiter)
{
  if (*waiter != NULL)
    {
      thread_unblock (*waiter);
      *waiter = NULL;
    }
}

/* Takes a byte from Q, sleeping while it is empty (never in an interrupt
   handler, which must check intq_empty() first). */
uint8_t
intq_getc (struct intq *q)
{
  ASSERT (intr_get_level () == INTR_OFF);
  while (intq_empty (q))
    {
      ASSERT (!intr_context ());
      lock_acquire (&q->lock);
      wait (&q->waiting_reader);
      lock_release (&q->lock);
    }
  uint8_t byte = q->buf[q->tail];
  q->tail = next (q->tail);
  signal (&q->waiting_writer);
  return byte;
}

/* Adds BYTE to Q, sleeping while it is full (never in an interrupt
   handler, which must check intq_full() first). */
void
intq_putc (struct intq *q, uint8_t byte)
{
  ASSERT (intr_get_level () == INTR_OFF);
  while (intq_full (q))
    {
      ASSERT (!intr_context ());
      lock_acquire (&q->lock);
      wait (&q->waiting_writer);
      lock_release (&q->lock);
    }
  q->buf[q->head] = byte;
  q->head = next (q->head);
  signal (&q->waiting_reader);
}
