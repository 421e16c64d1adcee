/* A disk in memory, standing in for devices/block.c and the IDE driver
   so the file system can be tested on the host. */
#ifndef RAMDISK_H
#define RAMDISK_H

#include <stdbool.h>
#include <stdint.h>
#include "devices/block.h"

void ramdisk_attach (enum block_role, block_sector_t size);
void ramdisk_detach (enum block_role);
uint8_t *ramdisk_bytes (enum block_role);
void ramdisk_cut_after (enum block_role, long writes);
long ramdisk_writes_left (enum block_role);

/* The file system on a fresh disk of SECTORS sectors, formatted; and
   unmounted and mounted again, as after a reboot.  False if it fails. */
bool ramdisk_format (block_sector_t sectors);
bool ramdisk_remount (void);

#endif
