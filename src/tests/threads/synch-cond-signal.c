/* A bounded buffer built from a lock and two condition variables: one
   producer and one consumer pass numbers through a buffer much smaller
   than the stream, so each must wait for the other, and signal wakes it. */
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define BUF_SIZE 3
#define ITEMS 100

static struct lock lock;
static struct condition not_full, not_empty;
static int buffer[BUF_SIZE];
static int count, head, tail;
static struct semaphore consumer_done;
static int sum, max_fill;

static void
produce (int item)
{
  lock_acquire (&lock);
  while (count == BUF_SIZE)
    cond_wait (&not_full, &lock);
  buffer[head] = item;
  head = (head + 1) % BUF_SIZE;
  if (++count > max_fill)
    max_fill = count;
  cond_signal (&not_empty, &lock);
  lock_release (&lock);
}

static int
consume (void)
{
  lock_acquire (&lock);
  while (count == 0)
    cond_wait (&not_empty, &lock);
  int item = buffer[tail];
  tail = (tail + 1) % BUF_SIZE;
  count--;
  cond_signal (&not_full, &lock);
  lock_release (&lock);
  return item;
}

static void
consumer (void *aux UNUSED)
{
  for (int i = 1; i <= ITEMS; i++)
    {
      int item = consume ();
      if (item != i)
        fail ("consumed %d where %d was due", item, i);
      sum += item;
    }
  sema_up (&consumer_done);
}

void
test_synch_cond_signal (void)
{
  lock_init (&lock);
  cond_init (&not_full);
  cond_init (&not_empty);
  sema_init (&consumer_done, 0);
  thread_create ("consumer", PRI_DEFAULT, consumer, NULL);
  for (int i = 1; i <= ITEMS; i++)
    produce (i);
  sema_down (&consumer_done);
  msg ("consumed %d items in order, sum %d, buffer never over %d",
       ITEMS, sum, max_fill <= BUF_SIZE ? BUF_SIZE : max_fill);
}
