/* The block-device registry: one slot per role, filled by the disk driver
   at boot, plus per-device transfer counters reported at power-off, and
   a switch that cuts the power after a device's Nth write, for testing
   what a crash leaves on disk (kernel option -cut=N). */
#include "devices/block.h"
#include <debug.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "devices/shutdown.h"
#include "threads/malloc.h"

struct block
  {
    char name[16];                      /* "hda", "hdb", ... */
    enum block_role role;
    block_sector_t size;                /* In sectors. */
    const struct block_operations *ops;
    void *aux;                          /* The driver's data. */
    unsigned long long read_cnt;        /* Sectors read. */
    unsigned long long write_cnt;       /* Sectors written. */
    unsigned long long cut_after;       /* Power off at this write; 0: never. */
  };

/* The device playing each role, or NULL. */
static struct block *devices[BLOCK_ROLE_CNT];

/* A word for ROLE, for messages. */
static const char *
block_role_name (enum block_role role)
{
  static const char *const names[BLOCK_ROLE_CNT] =
    { "kernel", "file system", "scratch", "swap" };

  ASSERT (role < BLOCK_ROLE_CNT);
  return names[role];
}

/* Registers a device of SIZE sectors, reached through OPS and AUX, as the
   one playing ROLE.  Each role has at most one device. */
struct block *
block_register (const char *name, enum block_role role, block_sector_t size,
                const struct block_operations *ops, void *aux)
{
  struct block *block;

  ASSERT (role < BLOCK_ROLE_CNT);
  ASSERT (devices[role] == NULL);

  block = malloc (sizeof *block);
  if (block == NULL)
    PANIC ("out of memory registering disk %s", name);
  strlcpy (block->name, name, sizeof block->name);
  block->role = role;
  block->size = size;
  block->ops = ops;
  block->aux = aux;
  block->read_cnt = block->write_cnt = block->cut_after = 0;
  devices[role] = block;

  printf ("%s: %" PRIu32 " sectors, %s disk\n",
          name, size, block_role_name (role));
  return block;
}

/* The device playing ROLE, or NULL if there is none. */
struct block *
block_get_role (enum block_role role)
{
  ASSERT (role < BLOCK_ROLE_CNT);
  return devices[role];
}

/* Sectors beyond the end are a bug in the caller, who must check against
   block_size() anything it got from a disk. */
static void
check_sector (struct block *block, block_sector_t sector)
{
  if (sector >= block->size)
    PANIC ("access past end of %s: sector %" PRIu32 " of %" PRIu32,
           block->name, sector, block->size);
}

/* Reads SECTOR of BLOCK into BUFFER (BLOCK_SECTOR_SIZE bytes). */
void
block_read (struct block *block, block_sector_t sector, void *buffer)
{
  check_sector (block, sector);
  block->ops->read (block->aux, sector, buffer);
  block->read_cnt++;
}

/* Writes BUFFER (BLOCK_SECTOR_SIZE bytes) to SECTOR of BLOCK. */
void
block_write (struct block *block, block_sector_t sector, const void *buffer)
{
  check_sector (block, sector);
  block->ops->write (block->aux, sector, buffer);
  block->write_cnt++;
  if (block->write_cnt == block->cut_after)
    {
      printf ("%s: power cut after %llu writes\n", block->name,
              block->write_cnt);
      shutdown_power_off_now ();
    }
}

/* Turns the machine off, as a power cut would (nothing is flushed), right
   after the WRITES-th sector write to BLOCK from now. */
void
block_cut_power_after (struct block *block, unsigned long long writes)
{
  block->cut_after = block->write_cnt + writes;
}

/* BLOCK's size in sectors. */
block_sector_t
block_size (struct block *block)
{
  return block->size;
}

/* BLOCK's name, e.g. "hdb". */
const char *
block_name (struct block *block)
{
  return block->name;
}

/* Prints how many sectors each device moved, e.g. at power-off. */
void
block_print_stats (void)
{
  for (enum block_role role = 0; role < BLOCK_ROLE_CNT; role++)
    {
      struct block *block = devices[role];
      if (block != NULL)
        printf ("%s (%s): %llu reads, %llu writes\n", block->name,
                block_role_name (role), block->read_cnt, block->write_cnt);
    }
}
