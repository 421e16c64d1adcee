/* The demo that `make run' shows: a few threads take turns printing while
   the timer ticks underneath them. Not a graded test. */
#include <stdio.h>
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define WORKERS 3
#define ROUNDS 3

static struct semaphore done;

static void
worker (void *number)
{
  for (int round = 1; round <= ROUNDS; round++)
    {
      msg ("thread %s says hello, round %d", thread_name (), round);
      timer_sleep (5 * (int) number);
    }
  sema_up (&done);
}

void
test_demo (void)
{
  int64_t start = timer_ticks ();
  sema_init (&done, 0);
  for (int i = 1; i <= WORKERS; i++)
    {
      char name[16];
      snprintf (name, sizeof name, "worker-%d", i);
      thread_create (name, PRI_DEFAULT, worker, (void *) i);
    }
  for (int i = 0; i < WORKERS; i++)
    sema_down (&done);
  msg ("all %d workers finished after %lld timer ticks", WORKERS, timer_elapsed (start));
}
