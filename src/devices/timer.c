/* The system timer. Channel 0 of the 8254 raises IRQ 0 TIMER_FREQ times
   a second; each interrupt advances the tick count and lets the scheduler
   account for the running thread. */
#include "devices/timer.h"
#include <debug.h>
#include <stdio.h>
#include "devices/pic.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#ifdef SOLUTION_THREADS
#include "threads/synch.h"
#endif
#include "threads/thread.h"

#define PIT_HZ 1193182          /* The 8254's input clock. */
#define PIT_CHANNEL0 0x40
#define PIT_COMMAND 0x43

_Static_assert (TIMER_FREQ >= 19 && TIMER_FREQ <= 1000,
                "the 16-bit divisor needs 19 <= TIMER_FREQ, and ticks above 1000 Hz are too costly");

static int64_t ticks;           /* Timer interrupts since boot. */

#ifdef SOLUTION_THREADS
/* A thread in timer_sleep(). It lives on that thread's stack, which stays
   put while the thread sleeps. */
struct sleeper
  {
    struct list_elem elem;      /* In sleepers. */
    int64_t wake_tick;          /* Wake once ticks reaches this. */
    struct semaphore wakeup;    /* The sleeper blocks in sema_down() on it. */
  };

/* Sleeping threads, soonest wake_tick first and, among equal ones, in the
   order they fell asleep; so the interrupt handler only ever looks at the
   front. Threads woken on the same tick then run by priority, and in that
   order among equals. */
static struct list sleepers;

#endif
static intr_handler_func timer_interrupt;

void
timer_init (void)
{
  uint16_t divisor = (PIT_HZ + TIMER_FREQ / 2) / TIMER_FREQ;
  outb (PIT_COMMAND, 0x34);     /* Channel 0, low then high byte, rate generator. */
  outb (PIT_CHANNEL0, divisor & 0xff);
  outb (PIT_CHANNEL0, divisor >> 8);
  intr_register_ext (PIC_VECTOR_BASE + 0, timer_interrupt, "8254 Timer");
#ifdef SOLUTION_THREADS
  list_init (&sleepers);
#endif
}

/* Ticks since the OS booted. */
int64_t
timer_ticks (void)
{
  enum intr_level old_level = intr_disable ();
  int64_t t = ticks;            /* 64 bits: two loads, so not atomic. */
  intr_set_level (old_level);
  return t;
}

/* Ticks since THEN, a value of timer_ticks(). */
int64_t
timer_elapsed (int64_t then)
{
  return timer_ticks () - then;
}

#ifdef SOLUTION_THREADS
static bool
wakes_earlier (const struct list_elem *a, const struct list_elem *b,
                           void *aux UNUSED)
{
  return list_entry (a, struct sleeper, elem)->wake_tick
         < list_entry (b, struct sleeper, elem)->wake_tick;
}

/* Waits at least TICKS timer ticks, blocked: the CPU goes to other threads
   until the timer interrupt wakes us. Returns at once if TICKS <= 0. */
void
timer_sleep (int64_t ticks_to_wait)
{
  if (ticks_to_wait <= 0)
    return;
  ASSERT (intr_get_level () == INTR_ON);
  struct sleeper self;
  sema_init (&self.wakeup, 0);
  enum intr_level old_level = intr_disable ();
  self.wake_tick = ticks + ticks_to_wait;
  list_insert_ordered (&sleepers, &self.elem, wakes_earlier, NULL);
  intr_set_level (old_level);
  sema_down (&self.wakeup);
}

/* Wakes every sleeper whose time has come. */
static void
wake_sleepers (void)
{
  while (!list_empty (&sleepers))
    {
      struct sleeper *s = list_entry (list_front (&sleepers), struct sleeper, elem);
      if (s->wake_tick > ticks)
        break;
      list_pop_front (&sleepers);
      sema_up (&s->wakeup);
    }
}
#else
/* Waits at least TICKS timer ticks. The starter version keeps the CPU
   busy, giving it away and taking it back until the time has passed. */
void
timer_sleep (int64_t ticks_to_wait)
{
  /* TODO (threads): sleep without busy waiting; see doc/threads.md. */
  int64_t start = timer_ticks ();
  ASSERT (intr_get_level () == INTR_ON);
  while (timer_elapsed (start) < ticks_to_wait)
    thread_yield ();
}
#endif /* SOLUTION_THREADS */

void
timer_print_stats (void)
{
  printf ("Timer: %lld ticks\n", timer_ticks ());
}

static void
timer_interrupt (struct intr_frame *f UNUSED)
{
  ticks++;
#ifdef SOLUTION_THREADS
  wake_sleepers ();
#endif
  thread_tick ();
}
