/* Implements devices/block.h over byte arrays, one per role.  Any access
   outside a disk is a bug in the code under test (everything it reads
   from a disk must be checked first), so it ends the run. */
#include "ramdisk.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct block
  {
    char name[8];
    block_sector_t size;
    uint8_t *bytes;
  };

static struct block *disks[BLOCK_ROLE_CNT];

/* Gives ROLE a new, zeroed disk of SIZE sectors, replacing any other. */
void
ramdisk_attach (enum block_role role, block_sector_t size)
{
  struct block *disk = malloc (sizeof *disk);

  ramdisk_detach (role);
  snprintf (disk->name, sizeof disk->name, "hd%c", 'a' + role);
  disk->size = size;
  disk->bytes = calloc (size, BLOCK_SECTOR_SIZE);
  disks[role] = disk;
}

void
ramdisk_detach (enum block_role role)
{
  if (disks[role] != NULL)
    {
      free (disks[role]->bytes);
      free (disks[role]);
      disks[role] = NULL;
    }
}

/* ROLE's contents, for tests that corrupt or inspect them. */
uint8_t *
ramdisk_bytes (enum block_role role)
{
  return disks[role]->bytes;
}

struct block *
block_get_role (enum block_role role)
{
  return disks[role];
}

static uint8_t *
sector_address (struct block *disk, block_sector_t sector)
{
  if (sector >= disk->size)
    {
      fflush (stdout);
      fprintf (stderr, "FAIL: wild access to sector %u of %s (%u sectors)\n",
               sector, disk->name, disk->size);
      abort ();
    }
  return disk->bytes + (size_t) sector * BLOCK_SECTOR_SIZE;
}

void
block_read (struct block *disk, block_sector_t sector, void *buffer)
{
  memcpy (buffer, sector_address (disk, sector), BLOCK_SECTOR_SIZE);
}

void
block_write (struct block *disk, block_sector_t sector, const void *buffer)
{
  memcpy (sector_address (disk, sector), buffer, BLOCK_SECTOR_SIZE);
}

block_sector_t
block_size (struct block *disk)
{
  return disk->size;
}

const char *
block_name (struct block *disk)
{
  return disk->name;
}
