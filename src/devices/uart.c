/* Setting up a 16550A UART (see uart.h). */
#include "devices/uart.h"
#include "threads/io.h"

#define BAUD 115200
#define LCR_8N1 0x03            /* 8 data bits, no parity, 1 stop bit. */
#define LCR_DLAB 0x80

void
uart_init (uint16_t base)
{
  outb (base + UART_IER, 0);
  outb (base + UART_FCR, 0);
  outb (base + UART_LCR, LCR_DLAB);
  outb (base + UART_DLL, (115200 / BAUD) & 0xff);
  outb (base + UART_DLM, (115200 / BAUD) >> 8);
  outb (base + UART_LCR, LCR_8N1);
  outb (base + UART_MCR, MCR_OUT2);
}
