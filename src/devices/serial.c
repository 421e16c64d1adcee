/* COM1 driver. Until interrupts work it polls: wait for the transmitter
   to be empty, write one byte. Afterwards output goes through a queue that
   the UART's "transmitter empty" interrupt drains, so a thread printing a
   lot sleeps instead of spinning, and received bytes become input. */
#include "devices/serial.h"
#include <debug.h>
#include "devices/input.h"
#include "devices/intq.h"
#include "devices/pic.h"
#include "devices/uart.h"
#include "threads/interrupt.h"
#include "threads/io.h"

#define COM1 0x3f8
#define IRQ_COM1 4

#define RBR (COM1 + UART_RBR)
#define THR (COM1 + UART_THR)
#define IER (COM1 + UART_IER)
#define LSR (COM1 + UART_LSR)

static enum { UNINIT, POLL, QUEUE } mode;
static struct intq txq;

static intr_handler_func serial_interrupt;

void
serial_init_poll (void)
{
  ASSERT (mode == UNINIT);
  uart_init (COM1);
  mode = POLL;
}

/* Switches to interrupt-driven operation; needs the interrupt system. */
void
serial_init_queue (void)
{
  ASSERT (mode == POLL);
  intq_init (&txq);
  intr_register_ext (PIC_VECTOR_BASE + IRQ_COM1, serial_interrupt, "serial");
  mode = QUEUE;
  enum intr_level old_level = intr_disable ();
  outb (IER, IER_RECV);
  intr_set_level (old_level);
}

static void
putc_poll (uint8_t byte)
{
  ASSERT (intr_get_level () == INTR_OFF);
  while ((inb (LSR) & LSR_THRE) == 0)
    continue;
  outb (THR, byte);
}

/* Interrupt when there is something to send; only ever then. */
static void
update_ier (void)
{
  outb (IER, IER_RECV | (intq_empty (&txq) ? 0 : IER_XMIT));
}

void
serial_putc (uint8_t byte)
{
  enum intr_level old_level = intr_disable ();
  if (mode != QUEUE)
    {
      if (mode == UNINIT)
        serial_init_poll ();
      putc_poll (byte);
    }
  else
    {
      /* Whoever cannot sleep (interrupts were off, or this is a handler)
         makes room by sending a queued byte itself. */
      if (old_level == INTR_OFF || intr_context ())
        {
          if (intq_full (&txq))
            putc_poll (intq_getc (&txq));
        }
      intq_putc (&txq, byte);
      update_ier ();
    }
  intr_set_level (old_level);
}

/* Sends everything queued, now, by polling, and waits until the last
   byte has left the UART: a power-off right after would cut it short. */
void
serial_flush (void)
{
  enum intr_level old_level = intr_disable ();
  if (mode == QUEUE)
    while (!intq_empty (&txq))
      putc_poll (intq_getc (&txq));
  if (mode != UNINIT)
    while ((inb (LSR) & LSR_TEMT) == 0)
      continue;
  intr_set_level (old_level);
}

static void
serial_interrupt (struct intr_frame *f UNUSED)
{
  while (inb (LSR) & LSR_DR)
    {
      uint8_t byte = inb (RBR);
      if (!input_full ())
        input_putc (byte);
    }
  while (!intq_empty (&txq) && (inb (LSR) & LSR_THRE))
    outb (THR, intq_getc (&txq));
  update_ier ();
}
