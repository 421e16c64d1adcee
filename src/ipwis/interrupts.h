/* The table of interrupt-mode programs: what an entry program may grant
   by name (ipwis.grant_interrupt), each run outside the kernel: a user
   program of the file system, as a ring-3 process, or, for PROGRAM
   `@host', a command of the host's, behind IPIIS. The owner fills the
   table at boot, one -interrupt=NAME:PROGRAM option each, and it never
   changes afterwards (see interrupts.c). */
#ifndef IPWIS_INTERRUPTS_H
#define IPWIS_INTERRUPTS_H

#include <stdbool.h>
#include <stddef.h>

#define INTERRUPTS_MAX 8
/* The longest name an entry program grants, and the longest program
   name (the base file system's file names are at most 14 bytes). */
#define INTERRUPT_NAME_MAX 15
#define INTERRUPT_PROGRAM_MAX 14
/* The most bytes of arguments a grant may add to the command line. */
#define INTERRUPT_ARGS_MAX 128

struct interrupt_program
  {
    char name[INTERRUPT_NAME_MAX + 1];
    char program[INTERRUPT_PROGRAM_MAX + 1];
    bool on_host;               /* PROGRAM is INTERRUPT_ON_HOST. */
  };

/* The PROGRAM that says "run it on the host". */
#define INTERRUPT_ON_HOST "@host"

const char *interrupts_register (const char *spec);
void interrupts_freeze (void);
const struct interrupt_program *interrupts_find (const char *name, size_t len);

#endif /* ipwis/interrupts.h */
