/* Console input: one interrupt queue fed by the keyboard and serial
   interrupt handlers and drained by input_getc(). */
#include "devices/input.h"
#include <debug.h>
#include "devices/intq.h"
#include "threads/interrupt.h"

static struct intq buffer;

void
input_init (void)
{
  intq_init (&buffer);
}

/* Adds KEY to the buffer. For interrupt handlers; the buffer must not be
   full. */
void
input_putc (uint8_t key)
{
  ASSERT (intr_get_level () == INTR_OFF);
  ASSERT (!input_full ());
  intq_putc (&buffer, key);
}

/* Waits for a key and returns it. */
uint8_t
input_getc (void)
{
  enum intr_level old_level = intr_disable ();
  uint8_t key = intq_getc (&buffer);
  intr_set_level (old_level);
  return key;
}

bool
input_full (void)
{
  ASSERT (intr_get_level () == INTR_OFF);
  return intq_full (&buffer);
}
