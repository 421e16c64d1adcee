/* The buffer cache: every sector the file system reads or writes passes
   through a small set of sectors kept in memory. */
#ifdef SOLUTION_FILESYS
#ifndef FILESYS_CACHE_H
#define FILESYS_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

/* Sectors the cache holds at most. */
#define CACHE_SECTORS 64

/* Kernel option -nocache: keep only dirty sectors (the log needs them),
   so every read goes to the disk; for measuring what the cache saves. */
extern bool cache_read_through;

void cache_init (struct block *);
void cache_start_read_ahead (void);
void cache_read (block_sector_t, void *buffer, size_t ofs, size_t size);
void cache_write (block_sector_t, const void *buffer, size_t ofs,
                  size_t size);
void cache_zero (block_sector_t);
void cache_flush (void);
bool cache_should_flush (void);
void cache_forget (void);

#endif /* filesys/cache.h */
#endif /* SOLUTION_FILESYS */
