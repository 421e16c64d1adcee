/* The interrupt system: turning interrupts on and off, and dispatching
   every interrupt vector (CPU exceptions 0x00-0x1f, device IRQs 0x20-0x2f,
   and software traps such as the system call, 0x30) to its handler. */
#ifndef THREADS_INTERRUPT_H
#define THREADS_INTERRUPT_H

#include <stdbool.h>
#include <stdint.h>

enum intr_level
  {
    INTR_OFF,                   /* Interrupts disabled. */
    INTR_ON                     /* Interrupts enabled. */
  };

enum intr_level intr_get_level (void);
enum intr_level intr_set_level (enum intr_level);
enum intr_level intr_enable (void);
enum intr_level intr_disable (void);

/* What intr-stubs.S saves on the stack when an interrupt arrives, lowest
   address first; a handler may read and change it, and the interrupted
   code resumes with the changed values. */
struct intr_frame
  {
    /* Saved by pushal in intr_entry. */
    uint32_t edi, esi, ebp;
    uint32_t esp_dummy;         /* Not restored by popal. */
    uint32_t ebx, edx, ecx, eax;
    /* Saved segment registers. */
    uint16_t gs, :16;
    uint16_t fs, :16;
    uint16_t es, :16;
    uint16_t ds, :16;
    /* Pushed by the vector's stub. */
    uint32_t vec_no;
    uint32_t error_code;        /* The CPU's, or 0 where it pushes none. */
    /* Pushed by the CPU. */
    void (*eip) (void);
    uint16_t cs, :16;
    uint32_t eflags;
    /* Pushed by the CPU only when the interrupt came from ring 3. */
    void *esp;
    uint16_t ss, :16;
  };

typedef void intr_handler_func (struct intr_frame *);

void intr_init (void);
void intr_register_ext (uint8_t vec, intr_handler_func *, const char *name);
void intr_register_int (uint8_t vec, int dpl, enum intr_level,
                        intr_handler_func *, const char *name);
bool intr_context (void);
void intr_yield_on_return (void);
const char *intr_name (uint8_t vec);
void intr_dump_frame (const struct intr_frame *);

#endif /* threads/interrupt.h */
