/* The console input buffer: keys typed on the PS/2 keyboard and bytes
   received on the serial port, in arrival order, for whoever reads. */
#ifndef DEVICES_INPUT_H
#define DEVICES_INPUT_H

#include <stdbool.h>
#include <stdint.h>

void input_init (void);
void input_putc (uint8_t);
uint8_t input_getc (void);
bool input_full (void);

#endif /* devices/input.h */
