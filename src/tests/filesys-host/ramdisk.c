/* Implements devices/block.h over byte arrays, one per role.  Any access
   outside a disk is a bug in the code under test (everything it reads
   from a disk must be checked first), so it ends the run. */
#include "ramdisk.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filesys/filesys.h"

struct block
  {
    char name[8];
    block_sector_t size;
    uint8_t *bytes;
    long writes_left;           /* Writes that still reach it; <0: all. */
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
  disk->writes_left = -1;
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
  uint8_t *address = sector_address (disk, sector);

  if (disk->writes_left == 0)
    return;                     /* The power is off. */
  if (disk->writes_left > 0)
    disk->writes_left--;
  memcpy (address, buffer, BLOCK_SECTOR_SIZE);
}

/* How many more writes ROLE's disk takes before its power goes. */
long
ramdisk_writes_left (enum block_role role)
{
  return disks[role]->writes_left;
}

/* Lets only the next WRITES writes to ROLE's disk reach it, as if the
   power went off after them (the code goes on running, but nothing more
   reaches the disk); -1 lets every write through again. */
void
ramdisk_cut_after (enum block_role role, long writes)
{
  disks[role]->writes_left = writes;
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

bool
ramdisk_format (block_sector_t sectors)
{
  ramdisk_attach (BLOCK_FILESYS, sectors);
  return filesys_init (true);
}

bool
ramdisk_remount (void)
{
  filesys_done ();
  return filesys_init (false);
}
