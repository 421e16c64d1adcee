/* The 8254 programmable interval timer, which interrupts TIMER_FREQ times
   a second, and the kernel's clock of ticks built on it. */
#ifndef DEVICES_TIMER_H
#define DEVICES_TIMER_H

#include <stdint.h>

#ifndef TIMER_FREQ
#define TIMER_FREQ 100          /* Timer interrupts per second. */
#endif

void timer_init (void);
int64_t timer_ticks (void);
int64_t timer_elapsed (int64_t then);
void timer_sleep (int64_t ticks);
void timer_print_stats (void);

#endif /* devices/timer.h */
