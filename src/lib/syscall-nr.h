/* System-call numbers: the fixed ABI between user programs and the kernel.
   A program pushes one of these on its stack, then the call's arguments,
   and executes `int $0x30`.  The numbers never change, so that programs
   built for one phase keep working in the later ones. */
#ifndef LIB_SYSCALL_NR_H
#define LIB_SYSCALL_NR_H

enum syscall_number
  {
    /* Processes (phase 2). */
    SYS_HALT,                   /* 0: power the machine off. */
    SYS_EXIT,                   /* 1: end this process. */
    SYS_EXEC,                   /* 2: start another program. */
    SYS_WAIT,                   /* 3: wait for a child to end. */

    /* Files (phase 2). */
    SYS_CREATE,                 /* 4 */
    SYS_REMOVE,                 /* 5 */
    SYS_OPEN,                   /* 6 */
    SYS_FILESIZE,               /* 7 */
    SYS_READ,                   /* 8 */
    SYS_WRITE,                  /* 9 */
    SYS_SEEK,                   /* 10 */
    SYS_TELL,                   /* 11 */
    SYS_CLOSE,                  /* 12 */

    /* Memory-mapped files (phase 3). */
    SYS_MMAP,                   /* 13 */
    SYS_MUNMAP,                 /* 14 */

    /* Directories (phase 4). */
    SYS_CHDIR,                  /* 15 */
    SYS_MKDIR,                  /* 16 */
    SYS_READDIR,                /* 17 */
    SYS_ISDIR,                  /* 18 */
    SYS_INUMBER                 /* 19 */
  };

#endif /* lib/syscall-nr.h */
