/* COM2 driver. Received bytes go into a queue from the UART's interrupt;
   a thread takes them out with com2_getc(), sleeping while it is empty.
   When the queue is full the handler stops taking bytes (it turns the
   receive interrupt off) until the reader catches up, so the sender is
   held back by the UART instead of losing bytes. Sending polls the
   transmitter: IPIIS frames are short, and the reply is what the other
   side waits for anyway. */
#include "devices/com2.h"
#include <debug.h>
#include "devices/intq.h"
#include "devices/pic.h"
#include "devices/uart.h"
#include "threads/interrupt.h"
#include "threads/io.h"

#define COM2 0x2f8
#define IRQ_COM2 3
#define UART_SCR 7              /* Scratch register: there if it remembers. */

static struct intq rxq;
static bool present;

static intr_handler_func com2_interrupt;

/* Whether a UART answers at COM2: with no device there, reads give 0xff
   and the scratch register forgets what was written. */
static bool
probe (void)
{
  outb (COM2 + UART_SCR, 0x5a);
  if (inb (COM2 + UART_SCR) != 0x5a)
    return false;
  outb (COM2 + UART_SCR, 0xa5);
  return inb (COM2 + UART_SCR) == 0xa5;
}

/* Sets COM2 up for interrupt-driven receiving. Returns false, and does
   nothing, if the machine has no COM2. */
bool
com2_init (void)
{
  ASSERT (!present);
  if (!probe ())
    return false;
  intq_init (&rxq);
  uart_init (COM2);
  intr_register_ext (PIC_VECTOR_BASE + IRQ_COM2, com2_interrupt, "com2");
  enum intr_level old_level = intr_disable ();
  while (inb (COM2 + UART_LSR) & LSR_DR)
    inb (COM2 + UART_RBR);              /* Bytes from before we listened. */
  outb (COM2 + UART_IER, IER_RECV);
  intr_set_level (old_level);
  present = true;
  return true;
}

/* In loopback mode the UART hands what it sends straight back to its own
   receiver, with nothing on the line: for testing without a host. */
void
com2_set_loopback (bool on)
{
  ASSERT (present);
  outb (COM2 + UART_MCR, MCR_OUT2 | (on ? MCR_LOOP : 0));
}

void
com2_write (const uint8_t *bytes, size_t size)
{
  ASSERT (present);
  for (size_t i = 0; i < size; i++)
    {
      while ((inb (COM2 + UART_LSR) & LSR_THRE) == 0)
        continue;
      outb (COM2 + UART_THR, bytes[i]);
    }
}

/* The next byte received, sleeping until there is one. */
uint8_t
com2_getc (void)
{
  ASSERT (present);
  enum intr_level old_level = intr_disable ();
  uint8_t byte = intq_getc (&rxq);
  outb (COM2 + UART_IER, IER_RECV);     /* There is room again. */
  intr_set_level (old_level);
  return byte;
}

static void
com2_interrupt (struct intr_frame *f UNUSED)
{
  while (inb (COM2 + UART_LSR) & LSR_DR)
    {
      if (intq_full (&rxq))
        {
          outb (COM2 + UART_IER, 0);    /* Hold the rest in the UART. */
          return;
        }
      intq_putc (&rxq, inb (COM2 + UART_RBR));
    }
}
