/* The file system as the rest of the kernel sees it: mounting, and files
   named in the root directory (in phase 4, by paths through a tree of
   directories).  Opened files are used through file.h. */
#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

#include <stdbool.h>
#include "filesys/off_t.h"

struct file;

/* The disk holding the file system (role BLOCK_FILESYS). */
extern struct block *fs_device;

bool filesys_init (bool format);
void filesys_done (void);
void filesys_flush (void);
bool filesys_create (const char *name, off_t initial_size);
struct file *filesys_open (const char *name);
bool filesys_remove (const char *name);
bool filesys_list (void (*visit) (const char *name, off_t size, void *aux),
                   void *aux);
#ifdef SOLUTION_FILESYS
struct dir;
bool filesys_mkdir (const char *path);
struct dir *filesys_open_dir (const char *path);
struct dir *filesys_reopen_dir (struct dir *);
void filesys_close_dir (struct dir *);
#endif

/* The one lock of the file system, taken inside every call of this
   header and of file.h: callers never need to take it themselves. */
void filesys_lock (void);
void filesys_unlock (void);

#endif /* filesys/filesys.h */
