/* File descriptors: the small numbers a process uses to name its open
   files. */
#ifndef USERPROG_FDTABLE_H
#define USERPROG_FDTABLE_H

#ifdef SOLUTION_USERPROG
#include <stdbool.h>

struct file;

/* The descriptors every process has without opening anything: they name
   the keyboard and the console, not files. */
#define FD_STDIN 0
#define FD_STDOUT 1

/* How many descriptors a process may use, counting the two above. A
   fixed table is enough for this phase; running out is an error that
   open() reports. */
#define FD_MAX 128

/* One process's table: files[FD] is the file descriptor FD names, or
   NULL. */
struct fdtable
  {
    struct file *files[FD_MAX];
  };

void fdtable_init (struct fdtable *);
int fdtable_add (struct fdtable *, struct file *);
struct file *fdtable_get (struct fdtable *, int fd);
struct file *fdtable_remove (struct fdtable *, int fd);
void fdtable_close_all (struct fdtable *);
#endif

#endif /* userprog/fdtable.h */
