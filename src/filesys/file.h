/* Open files: an inode plus a position, as a process sees a file. */
#ifndef FILESYS_FILE_H
#define FILESYS_FILE_H

#include "filesys/off_t.h"

struct inode;
struct file;

struct file *file_open (struct inode *);
struct file *file_reopen (struct file *);
void file_close (struct file *);

off_t file_read (struct file *, void *buffer, off_t size);
off_t file_read_at (struct file *, void *buffer, off_t size, off_t offset);
off_t file_write (struct file *, const void *buffer, off_t size);
off_t file_write_at (struct file *, const void *buffer, off_t size,
                     off_t offset);

void file_deny_write (struct file *);
void file_allow_write (struct file *);

void file_seek (struct file *, off_t position);
off_t file_tell (struct file *);
off_t file_length (struct file *);
struct inode *file_get_inode (struct file *);

#ifdef SOLUTION_FILESYS
#include <stdbool.h>
#include "filesys/layout.h"
bool file_is_dir (struct file *);
int file_inumber (struct file *);
bool file_readdir (struct file *, char name[NAME_MAX + 1]);
#endif

#endif /* filesys/file.h */
