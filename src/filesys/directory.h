/* Directories: tables mapping file names to inode sectors.  The simple
   file system has one, the root; phase 4 adds directories below it. */
#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"
#include "filesys/layout.h"
#include "filesys/off_t.h"

struct inode;
struct dir;

bool dir_create (block_sector_t sector, size_t entry_cnt);
struct dir *dir_open (struct inode *);
struct dir *dir_open_root (void);
struct dir *dir_reopen (struct dir *);
struct inode *dir_get_inode (struct dir *);
void dir_close (struct dir *);

bool dir_lookup (struct dir *, const char *name, struct inode **);
bool dir_add (struct dir *, const char *name, block_sector_t inode_sector);
bool dir_remove (struct dir *, const char *name);
bool dir_readdir (struct dir *, char name[NAME_MAX + 1]);
bool dir_entry_next (struct inode *, off_t *pos, char name[NAME_MAX + 1]);

#endif /* filesys/directory.h */
