/* Helpers shared by the mlfqs-* tests. The advanced scheduler recomputes
   load_avg and recent_cpu when timer_ticks () is a multiple of TIMER_FREQ,
   so the tests start their work and take their samples a fixed number of
   ticks past a whole second: what they see does not then hinge on which
   side of a recomputation a thread happened to wake. */
#include "tests/threads/mlfqs.h"
#include <stdio.h>
#include "devices/timer.h"
#include "tests/threads/tests.h"
#include "threads/synch.h"
#include "threads/thread.h"

void
mlfqs_require (void)
{
  if (!thread_mlfqs)
    fail ("this test needs the advanced scheduler: run it with -mlfqs");
}

/* The first tick OFFSET ticks past the next whole second. */
int64_t
mlfqs_next_second (int offset)
{
  return (timer_ticks () / TIMER_FREQ + 1) * TIMER_FREQ + offset;
}

void
mlfqs_sleep_until (int64_t tick)
{
  timer_sleep (tick - timer_ticks ());
}

/* Computes until TICK, never blocking or yielding; returns how many
   different ticks it saw, which is about how many it ran for. */
int
mlfqs_spin_until (int64_t tick)
{
  int seen = 0;
  int64_t last = -1;
  for (int64_t now; (now = timer_ticks ()) < tick; )
    if (now != last)
      {
        seen++;
        last = now;
      }
  return seen;
}

struct hundredths
hundredths (int value)
{
  struct hundredths h;
  unsigned magnitude = value < 0 ? -(unsigned) value : (unsigned) value;
  snprintf (h.text, sizeof h.text, "%s%u.%02u", value < 0 ? "-" : "",
            magnitude / 100, magnitude % 100);
  return h;
}

/* mlfqs_share(): threads of given nice values compute side by side for a
   while, and each counts the ticks it got. */

#define MAX_WORKERS 20
#define START_OFFSET 50         /* Ticks past a second the work starts. */

struct worker
  {
    int nice;
    int ticks;                  /* How many it got. */
    int recent_cpu;             /* Its recent_cpu, in hundredths, at the end. */
  };

static struct worker workers[MAX_WORKERS];
static int64_t start, stop;
static struct semaphore finished;

static void
worker (void *worker_)
{
  struct worker *w = worker_;
  thread_set_nice (w->nice);
  mlfqs_sleep_until (start);
  w->ticks = mlfqs_spin_until (stop);
  w->recent_cpu = thread_get_recent_cpu ();
  sema_up (&finished);
}

/* Runs THREAD_CNT threads, the first of nice FIRST_NICE, each next one
   NICE_STEP nicer, all computing for SECONDS from the same tick; reports
   how many ticks each got, and what the scheduler thinks of it all. */
void
mlfqs_share (int thread_cnt, int first_nice, int nice_step, int seconds)
{
  mlfqs_require ();
  ASSERT (thread_cnt <= MAX_WORKERS);
  sema_init (&finished, 0);
  start = mlfqs_next_second (START_OFFSET);
  stop = start + seconds * TIMER_FREQ;
  for (int i = 0; i < thread_cnt; i++)
    {
      char name[16];
      snprintf (name, sizeof name, "worker-%d", i);
      workers[i] = (struct worker) { .nice = first_nice + i * nice_step };
      thread_create (name, PRI_DEFAULT, worker, &workers[i]);
    }
  for (int i = 0; i < thread_cnt; i++)
    sema_down (&finished);
  int load_avg = thread_get_load_avg ();
  msg ("%d threads computed for %d seconds", thread_cnt, seconds);
  for (int i = 0; i < thread_cnt; i++)
    msg ("worker %d, nice %d: %d ticks, recent_cpu %s", i, workers[i].nice,
         workers[i].ticks, hundredths (workers[i].recent_cpu).text);
  msg ("load_avg %s", hundredths (load_avg).text);
}
