/* Where a file's data sectors are: the pointers of an indexed inode. */
#ifdef SOLUTION_FILESYS
#ifndef FILESYS_INDEX_H
#define FILESYS_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

block_sector_t index_get (block_sector_t inode_sector, size_t block,
                          bool allocate);
void index_release (block_sector_t inode_sector);
bool index_for_each (block_sector_t inode_sector,
                     bool (*visit) (block_sector_t, void *aux), void *aux);

#endif /* filesys/index.h */
#endif /* SOLUTION_FILESYS */
