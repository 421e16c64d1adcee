/* The two cascaded 8259A programmable interrupt controllers, which deliver
   the 16 legacy device IRQs as interrupt vectors 0x20 to 0x2f. */
#ifndef DEVICES_PIC_H
#define DEVICES_PIC_H

#include <stdint.h>

#define PIC_VECTOR_BASE 0x20    /* Vector of IRQ 0. */
#define PIC_IRQ_CNT 16

void pic_init (void);
void pic_end_of_interrupt (uint8_t vec);

#endif /* devices/pic.h */
