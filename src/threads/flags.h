/* Bits of the EFLAGS register that the kernel reads or sets. */
#ifndef THREADS_FLAGS_H
#define THREADS_FLAGS_H

#define FLAG_MBS 0x00000002     /* Must be set: reads as 1 on every x86. */
#define FLAG_IF  0x00000200     /* Interrupts enabled. */

#endif /* threads/flags.h */
