/* The redo log that makes the file system's writes atomic. */
#ifdef SOLUTION_FILESYS
#ifndef FILESYS_LOG_H
#define FILESYS_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "devices/block.h"

void log_format (struct block *);
bool log_recover (struct block *, block_sector_t fs_sector_cnt);
void log_commit (struct block *, size_t cnt, const block_sector_t home[],
                 uint8_t *const data[]);

#endif /* filesys/log.h */
#endif /* SOLUTION_FILESYS */
