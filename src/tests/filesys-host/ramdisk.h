/* A disk in memory, standing in for devices/block.c and the IDE driver
   so the file system can be tested on the host. */
#ifndef RAMDISK_H
#define RAMDISK_H

#include <stdint.h>
#include "devices/block.h"

void ramdisk_attach (enum block_role, block_sector_t size);
void ramdisk_detach (enum block_role);
uint8_t *ramdisk_bytes (enum block_role);
void ramdisk_cut_after (enum block_role, long writes);
long ramdisk_writes_left (enum block_role);

#endif
