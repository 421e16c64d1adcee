/* The system timer. Channel 0 of the 8254 raises IRQ 0 TIMER_FREQ times
   a second; each interrupt advances the tick count and lets the scheduler
   account for the running thread. */
#include "devices/timer.h"
#include <debug.h>
#include <stdio.h>
#include "devices/pic.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/thread.h"

#define PIT_HZ 1193182          /* The 8254's input clock. */
#define PIT_CHANNEL0 0x40
#define PIT_COMMAND 0x43

_Static_assert (TIMER_FREQ >= 19 && TIMER_FREQ <= 1000,
                "the 16-bit divisor needs 19 <= TIMER_FREQ, and ticks above 1000 Hz are too costly");

static int64_t ticks;           /* Timer interrupts since boot. */

static intr_handler_func timer_interrupt;

void timer_init (void)
{
  uint16_t divisor = (PIT_HZ + TIMER_FREQ / 2) / TIMER_FREQ;
  outb (PIT_COMMAND, 0x34);     /* Channel 0, low then high byte, rate generator. */
  outb (PIT_CHANNEL0, divisor & 0xff);
  outb (PIT_CHANNEL0, divisor >> 8);
  intr_register_ext (PIC_VECTOR_BASE + 0, timer_interrupt, "8254 Timer");
}

/* Ticks since the OS booted. */
int64_t timer_ticks (void)
{
  enum intr_level old_level = intr_disable ();
  int64_t t = ticks;            /* 64 bits: two loads, so not atomic. */
  intr_set_level (old_level);
  return t;
}

/* Ticks since THEN, a value of timer_ticks(). */
int64_t timer_elapsed (int64_t then)
{
  return timer_ticks () - then;
}

/* Waits at least TICKS timer ticks. The starter version keeps the CPU
   busy, giving it away and taking it back until the time has passed. */
void timer_sleep (int64_t ticks_to_wait)
{
  int64_t start = timer_ticks ();
  ASSERT (intr_get_level () == INTR_ON);
  while (timer_elapsed (start) < ticks_to_wait)
    thread_yield ();
}

void timer_print_stats (void)
{
  printf ("Timer: %lld ticks\n", timer_ticks ());
}

static void timer_interrupt (struct intr_frame *f UNUSED)
{
  ticks++;
  thread_tick ();
}
