/* The system calls as C functions, for user programs.  Each one traps into
   the kernel (see syscall.c); which calls actually work depends on how far
   the kernel has been built: a call the kernel does not know yet ends the
   program or returns -1, depending on the kernel. */
#ifndef LIB_USER_SYSCALL_H
#define LIB_USER_SYSCALL_H

#include <stdbool.h>
#include <debug.h>

/* A process identifier, as returned by exec. */
typedef int pid_t;
#define PID_ERROR ((pid_t) -1)

/* A memory mapping, as returned by mmap. */
typedef int mapid_t;
#define MAP_FAILED ((mapid_t) -1)

/* The longest file name readdir can return, not counting the NUL. */
#define READDIR_MAX_LEN 14

/* Status values for exit. */
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Processes. */
void halt (void) NO_RETURN;
void exit (int status) NO_RETURN;
pid_t exec (const char *cmdline);
int wait (pid_t child);

/* Files, named by a file descriptor once open.  Descriptor 0 is the
   keyboard, 1 is the console. */
bool create (const char *file, unsigned initial_size);
bool remove (const char *file);
int open (const char *file);
int filesize (int fd);
int read (int fd, void *buffer, unsigned size);
int write (int fd, const void *buffer, unsigned size);
void seek (int fd, unsigned position);
unsigned tell (int fd);
void close (int fd);

/* Memory-mapped files. */
mapid_t mmap (int fd, void *addr);
void munmap (mapid_t mapping);

/* Directories. */
bool chdir (const char *dir);
bool mkdir (const char *dir);
bool readdir (int fd, char name[READDIR_MAX_LEN + 1]);
bool isdir (int fd);
int inumber (int fd);

#endif /* lib/user/syscall.h */
