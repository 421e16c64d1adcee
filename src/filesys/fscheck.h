/* The consistency check run when the file system is mounted: a disk
   whose structures contradict each other is refused before any of it
   is used, so a corrupt disk can never make a write land on the wrong
   sector. */
#ifndef FILESYS_FSCHECK_H
#define FILESYS_FSCHECK_H

#include <stdbool.h>
#include "devices/block.h"

bool fscheck (block_sector_t sector_cnt);

#endif /* filesys/fscheck.h */
