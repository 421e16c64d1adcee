/* The free map: which sectors of the file system are in use. */
#ifndef FILESYS_FREE_MAP_H
#define FILESYS_FREE_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

bool free_map_init (block_sector_t sector_cnt);
bool free_map_create (void);
bool free_map_open (void);
void free_map_close (void);

bool free_map_allocate (size_t cnt, block_sector_t *first);
void free_map_release (block_sector_t first, size_t cnt);
bool free_map_in_use (block_sector_t sector);

#endif /* filesys/free-map.h */
