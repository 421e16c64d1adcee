/* The second serial port (COM2, 0x2f8, IRQ 3): a raw byte line to the host
   for IPIIS. The runner connects it to a socket (skiff --com2). */
#ifndef DEVICES_COM2_H
#define DEVICES_COM2_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool com2_init (void);
void com2_set_loopback (bool);
void com2_write (const uint8_t *, size_t);
uint8_t com2_getc (void);

#endif /* devices/com2.h */
