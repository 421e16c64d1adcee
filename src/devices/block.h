/* Block devices: disks seen as arrays of 512-byte sectors.  A driver
   (devices/ide.c) registers each disk it finds, with the role that disk
   plays; the rest of the kernel asks for a disk by role and reads or
   writes whole sectors, never caring which hardware is behind it. */
#ifndef DEVICES_BLOCK_H
#define DEVICES_BLOCK_H

#include <stddef.h>
#include <stdint.h>

/* Every transfer is one sector of this many bytes. */
#define BLOCK_SECTOR_SIZE 512

/* A sector's index on its device, from 0. */
typedef uint32_t block_sector_t;

/* What a disk is used for.  The roles are fixed by the disk's IDE position
   (doc/internals.md, Disks). */
enum block_role
  {
    BLOCK_KERNEL,               /* The boot disk: loader and kernel. */
    BLOCK_FILESYS,              /* The file system. */
    BLOCK_SCRATCH,              /* A ustar archive for moving files. */
    BLOCK_SWAP,                 /* Swap space (phase 3). */
    BLOCK_ROLE_CNT              /* Number of roles. */
  };

/* What a driver provides: how to move one sector between the device and
   a BLOCK_SECTOR_SIZE-byte buffer.  AUX is the driver's own per-device
   data, given at registration. */
struct block_operations
  {
    void (*read) (void *aux, block_sector_t, void *buffer);
    void (*write) (void *aux, block_sector_t, const void *buffer);
  };

/* A registered device (opaque: see block.c). */
struct block;

/* For drivers. */
struct block *block_register (const char *name, enum block_role,
                              block_sector_t size,
                              const struct block_operations *, void *aux);

/* For everyone else. */
struct block *block_get_role (enum block_role);
void block_read (struct block *, block_sector_t, void *buffer);
void block_write (struct block *, block_sector_t, const void *buffer);
block_sector_t block_size (struct block *);
const char *block_name (struct block *);
void block_print_stats (void);
void block_cut_power_after (struct block *, unsigned long long writes);

#endif /* devices/block.h */
