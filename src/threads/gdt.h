/* The global descriptor table: the flat segments every Skiff thread runs
   with, and the task-state segment that tells the CPU which stack to use
   when a user program traps into the kernel. */
#ifndef THREADS_GDT_H
#define THREADS_GDT_H

/* Segment selectors: index * 8, plus the privilege level for user ones. */
#define SEL_NULL    0x00
#define SEL_KCSEG   0x08        /* Kernel code. */
#define SEL_KDSEG   0x10        /* Kernel data. */
#define SEL_UCSEG   0x1b        /* User code, ring 3. */
#define SEL_UDSEG   0x23        /* User data, ring 3. */
#define SEL_TSS     0x28        /* Task-state segment. */
#define SEL_CNT     6

#ifndef __ASSEMBLER__
#include <stddef.h>

void gdt_init (void);
void gdt_set_tss (void *tss, size_t size);
#endif

#endif /* threads/gdt.h */
