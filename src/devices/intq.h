/* A small circular byte queue shared between an interrupt handler and
   threads: the handler side never sleeps, the thread side sleeps until
   there is room or data. Used for keyboard input and serial output. */
#ifndef DEVICES_INTQ_H
#define DEVICES_INTQ_H

#include <stdbool.h>
#include <stdint.h>
#include "threads/synch.h"

#define INTQ_SIZE 64

struct intq
  {
    struct lock lock;           /* Lets only one reader and one writer sleep. */
    struct thread *waiting_reader, *waiting_writer;
    uint8_t buf[INTQ_SIZE];
    unsigned head, tail;        /* Next write at head, next read at tail. */
  };

void intq_init (struct intq *);
bool intq_empty (const struct intq *);
bool intq_full (const struct intq *);
uint8_t intq_getc (struct intq *);
void intq_putc (struct intq *, uint8_t);

#endif /* devices/intq.h */
