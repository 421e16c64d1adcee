/* CPU exceptions: what happens when a program (or the kernel) divides by
   zero, touches memory it may not, or runs an invalid instruction. */
#ifndef USERPROG_EXCEPTION_H
#define USERPROG_EXCEPTION_H

void exception_init (void);

#endif /* userprog/exception.h */
