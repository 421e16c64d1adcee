/* The free map: which sectors of the file system are in use.  While the
   file system is mounted it is a bitmap in memory, one bit per sector,
   set when the sector is in use.  It is also stored in a file of its own
   (its inode is at FREE_MAP_SECTOR), as bytes in which sector S is bit
   S % 8 of byte S / 8; every change is written through at once (only
   the bytes that changed), so the disk is right even if the machine
   stops without filesys_done().

   Called only with the file-system lock held (see filesys.c). */
#include "filesys/free-map.h"
#include <bitmap.h>
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include "filesys/inode.h"
#include "filesys/layout.h"
#include "threads/malloc.h"

static struct bitmap *map;              /* The map, in memory. */
static struct inode *map_inode;         /* Its file, once created or open. */

/* Bytes the map takes on disk. */
static size_t
disk_bytes (void)
{
  return DIV_ROUND_UP (bitmap_size (map), 8);
}

/* Writes the bytes of the map that hold sectors FIRST to LAST to its
   file, packing the bits into bytes. */
static void
store (size_t first, size_t last)
{
  size_t lo = first / 8, hi = last / 8;
  uint8_t *bytes = calloc (hi - lo + 1, 1);

  if (bytes != NULL)
    {
      for (size_t s = lo * 8; s < bitmap_size (map) && s / 8 <= hi; s++)
        if (bitmap_test (map, s))
          bytes[s / 8 - lo] |= 1u << (s % 8);
      if (inode_write_at (map_inode, bytes, hi - lo + 1, lo)
          == (off_t) (hi - lo + 1))
        {
          free (bytes);
          return;
        }
    }
  free (bytes);
  printf ("filesys: cannot write the free map\n");
}

/* Writes the whole map to its file. */
static void
store_all (void)
{
  store (0, bitmap_size (map) - 1);
}

/* Reads the map from its file, unpacking the bytes into bits. */
static bool
load (void)
{
  size_t size = disk_bytes ();
  uint8_t *bytes = malloc (size);
  bool ok = (bytes != NULL
             && inode_read_at (map_inode, bytes, size, 0) == (off_t) size);

  if (ok)
    for (size_t s = 0; s < bitmap_size (map); s++)
      bitmap_set (map, s, bytes[s / 8] & (1u << (s % 8)));
  free (bytes);
  return ok;
}

/* Starts a map of SECTOR_CNT sectors with only the fixed sectors (below
   FIRST_DATA_SECTOR) in use.  Returns false if out of memory. */
bool
free_map_init (block_sector_t sector_cnt)
{
  bitmap_destroy (map);
  map = bitmap_create (sector_cnt);
  if (map == NULL)
    return false;
  bitmap_set_multiple (map, 0, FIRST_DATA_SECTOR, true);
  return true;
}

/* Creates the free map's file when formatting, and writes the map to it.
   The file is written once before it becomes the map's file: a file
   system that gives files their sectors as they are written (phase 4)
   then allocates them all here, while allocating needs no store, so a
   store never has to allocate. */
bool
free_map_create (void)
{
  struct inode *inode = NULL;
  uint8_t *zeros = calloc (disk_bytes (), 1);
  bool ok;

  ok = (zeros != NULL && inode_create (FREE_MAP_SECTOR, disk_bytes ())
        && (inode = inode_open (FREE_MAP_SECTOR)) != NULL);
  if (ok && inode_write_at (inode, zeros, disk_bytes (), 0)
            != (off_t) disk_bytes ())
    {
      inode_close (inode);
      ok = false;
    }
  free (zeros);
  if (!ok)
    return false;
  map_inode = inode;
  store_all ();
  return true;
}

/* Opens the free map's file and loads the map from it.  Fails, with a
   message, if the file does not have the map's size. */
bool
free_map_open (void)
{
  map_inode = inode_open (FREE_MAP_SECTOR);
  if (map_inode == NULL)
    return false;
  if (inode_length (map_inode) != (off_t) disk_bytes ())
    {
      printf ("filesys: the free map has %" PRDoff " bytes, not %zu\n",
              inode_length (map_inode), disk_bytes ());
      free_map_close ();
      return false;
    }
  if (!load ())
    {
      free_map_close ();
      return false;
    }
  /* Whatever the disk says, never hand out the fixed sectors. */
  bitmap_set_multiple (map, 0, FIRST_DATA_SECTOR, true);
  return true;
}

/* Closes the free map's file and forgets the map (it must be set up
   again with free_map_init() and free_map_open() to be used). */
void
free_map_close (void)
{
  inode_close (map_inode);
  map_inode = NULL;
  bitmap_destroy (map);
  map = NULL;
}

/* Finds CNT consecutive free sectors (the first such run), marks them
   used and stores the first one's number in *FIRST.  Returns false if
   there is no such run. */
bool
free_map_allocate (size_t cnt, block_sector_t *first)
{
  size_t start = bitmap_scan_and_flip (map, 0, cnt, false);

  if (start == BITMAP_ERROR)
    return false;
  *first = start;
  if (map_inode != NULL)
    store (start, start + cnt - 1);
  return true;
}

/* Is SECTOR marked in use? */
bool
free_map_in_use (block_sector_t sector)
{
  return bitmap_test (map, sector);
}

/* Marks the CNT sectors starting at FIRST free again.  (On a corrupt
   disk two files may share sectors, so they may be free already.) */
void
free_map_release (block_sector_t first, size_t cnt)
{
  bitmap_set_multiple (map, first, cnt, false);
  store (first, first + cnt - 1);
}
