/* The 16550A UART of the PC's serial ports: its registers, as offsets
   from a port's base, and the line settings Skiff uses on every port.
   COM1 is the console (serial.c), COM2 the IPIIS line (com2.c). */
#ifndef DEVICES_UART_H
#define DEVICES_UART_H

#include <stdint.h>

/* Registers (DLAB = the divisor latch bit of LCR). */
#define UART_RBR 0              /* Receive buffer (read). */
#define UART_THR 0              /* Transmit holding (write). */
#define UART_DLL 0              /* Divisor low byte (DLAB = 1). */
#define UART_IER 1              /* Interrupt enable. */
#define UART_DLM 1              /* Divisor high byte (DLAB = 1). */
#define UART_FCR 2              /* FIFO control (write). */
#define UART_LCR 3              /* Line control. */
#define UART_MCR 4              /* Modem control. */
#define UART_LSR 5              /* Line status. */

#define IER_RECV 0x01           /* Interrupt when data arrives. */
#define IER_XMIT 0x02           /* Interrupt when the transmitter empties. */
#define MCR_OUT2 0x08           /* Routes the UART's interrupt to the PIC. */
#define MCR_LOOP 0x10           /* Loop what is sent back to the receiver. */
#define LSR_DR 0x01             /* Data ready. */
#define LSR_THRE 0x20           /* Transmit holding register empty. */
#define LSR_TEMT 0x40           /* Transmitter empty: the last bit is out. */

/* Sets the port at BASE to 115200 baud, 8N1, no FIFOs, no interrupts,
   with its interrupt line routed to the PIC. */
void uart_init (uint16_t base);

#endif /* devices/uart.h */
