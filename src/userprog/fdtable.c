/* File descriptors.

   A descriptor is an index into the process's own table, so two
   processes may both have a descriptor 2 that names different files, and
   a process can never reach another's files by guessing numbers. The
   table never hands out 0 and 1: they are the keyboard and the console,
   which syscall.c handles itself. */
#ifdef SOLUTION_USERPROG
#include "userprog/fdtable.h"
#include <stddef.h>
#include "filesys/file.h"

/* Makes every descriptor of TABLE free. */
void
fdtable_init (struct fdtable *table)
{
  for (int fd = 0; fd < FD_MAX; fd++)
    table->files[fd] = NULL;
}

/* Gives FILE the lowest free descriptor of TABLE and returns it, or -1
   if the table is full (FILE then stays the caller's). */
int
fdtable_add (struct fdtable *table, struct file *file)
{
  for (int fd = FD_STDOUT + 1; fd < FD_MAX; fd++)
    if (table->files[fd] == NULL)
      {
        table->files[fd] = file;
        return fd;
      }
  return -1;
}

/* Returns the file FD names in TABLE, or NULL if FD names no file. */
struct file *
fdtable_get (struct fdtable *table, int fd)
{
  return fd > FD_STDOUT && fd < FD_MAX ? table->files[fd] : NULL;
}

/* Frees descriptor FD of TABLE and returns the file it named, for the
   caller to close, or NULL if FD named no file. */
struct file *
fdtable_remove (struct fdtable *table, int fd)
{
  struct file *file = fdtable_get (table, fd);
  if (file != NULL)
    table->files[fd] = NULL;
  return file;
}

/* Closes every file of TABLE. The caller holds the file-system lock. */
void
fdtable_close_all (struct fdtable *table)
{
  for (int fd = 0; fd < FD_MAX; fd++)
    {
      struct file *file = fdtable_remove (table, fd);
      if (file != NULL)
        file_close (file);
    }
}
#endif
