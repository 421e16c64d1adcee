/* Inodes: a file's identity and where its bytes live.  An inode is named
   by the sector that holds it; opening the same sector twice gives the
   same struct inode, shared by everyone who opened it. */
#ifndef FILESYS_INODE_H
#define FILESYS_INODE_H

#include <stdbool.h>
#include <stddef.h>
#include "filesys/off_t.h"
#include "devices/block.h"

struct inode;

void inode_init (block_sector_t fs_sector_cnt);
bool inode_create (block_sector_t sector, off_t length);
#ifdef SOLUTION_FILESYS
bool inode_create_dir (block_sector_t sector, off_t length,
                       block_sector_t parent);
block_sector_t inode_parent (const struct inode *);
int inode_opener_count (const struct inode *);
#endif
struct inode *inode_open (block_sector_t sector);
struct inode *inode_reopen (struct inode *);
void inode_close (struct inode *);
void inode_remove (struct inode *);
block_sector_t inode_get_inumber (const struct inode *);

off_t inode_read_at (struct inode *, void *buffer, off_t size, off_t offset);
off_t inode_write_at (struct inode *, const void *buffer, off_t size,
                      off_t offset);
void inode_deny_write (struct inode *);
void inode_allow_write (struct inode *);
off_t inode_length (const struct inode *);
bool inode_is_dir (const struct inode *);

/* Calls VISIT with each sector INODE's data occupies, passing AUX along,
   until VISIT returns false; returns false if it did. */
bool inode_for_each_sector (struct inode *,
                            bool (*visit) (block_sector_t, void *aux),
                            void *aux);

size_t inode_open_count (void);

#endif /* filesys/inode.h */
