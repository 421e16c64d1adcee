/* The VGA text-mode screen: 80 columns by 25 rows. */
#ifndef DEVICES_VGA_H
#define DEVICES_VGA_H

void vga_putc (int c);

#endif /* devices/vga.h */
