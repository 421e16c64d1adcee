/* The task-state segment: the one place the CPU looks for the kernel stack
   when an interrupt or system call arrives while a user program runs. */
#ifndef USERPROG_TSS_H
#define USERPROG_TSS_H

void tss_init (void);
void tss_update (void);

#endif /* userprog/tss.h */
