/* Programs the 8259A pair. By default the BIOS leaves IRQs 0-7 on vectors
   8-15, on top of CPU exceptions, so we move them to 0x20-0x2f. */
#include "devices/pic.h"
#include "threads/io.h"

#define PIC0_CMD  0x20          /* Master: IRQs 0-7. */
#define PIC0_DATA 0x21
#define PIC1_CMD  0xa0          /* Slave: IRQs 8-15, cascaded on IRQ 2. */
#define PIC1_DATA 0xa1
#define PIC_EOI   0x20

void
pic_init (void)
{
  /* Mask everything while we reprogram. */
  outb (PIC0_DATA, 0xff);
  outb (PIC1_DATA, 0xff);

  /* ICW1: edge triggered, cascade, ICW4 follows. ICW2: vector base.
     ICW3: how the two are wired. ICW4: 8086 mode. */
  outb (PIC0_CMD, 0x11);
  outb (PIC0_DATA, PIC_VECTOR_BASE);
  outb (PIC0_DATA, 0x04);       /* Slave on IRQ 2. */
  outb (PIC0_DATA, 0x01);
  outb (PIC1_CMD, 0x11);
  outb (PIC1_DATA, PIC_VECTOR_BASE + 8);
  outb (PIC1_DATA, 0x02);       /* Our cascade identity. */
  outb (PIC1_DATA, 0x01);

  /* Unmask all: an IRQ with no handler is reported, not lost silently. */
  outb (PIC0_DATA, 0x00);
  outb (PIC1_DATA, 0x00);
}

/* Tells the PIC(s) that the interrupt on VEC has been handled. */
void
pic_end_of_interrupt (uint8_t vec)
{
  if (vec >= PIC_VECTOR_BASE + 8)
    outb (PIC1_CMD, PIC_EOI);
  outb (PIC0_CMD, PIC_EOI);
}
