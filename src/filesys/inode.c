/* Inodes of the simple file system.  On disk an inode is one sector
   (struct inode_disk in layout.h) naming a contiguous run of data
   sectors; in memory it is a struct inode, shared by everyone who opened
   the same sector, and freed, with its sectors, only when the last opener
   closes a removed file.  (In phase 4 the inode names its sectors through
   an index, index.c, files grow when written past their end, and every
   sector passes through the buffer cache, cache.c.)

   Everything read from disk is checked before it is used: a corrupt
   inode is refused with a message, never followed off the disk.
   Called only with the file-system lock held (see filesys.c). */
#include "filesys/inode.h"
#include <debug.h>
#include <list.h>
#include <round.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/layout.h"
#include "threads/malloc.h"
#ifdef SOLUTION_FILESYS
#include "filesys/cache.h"
#include "filesys/index.h"
#endif

struct inode
  {
    struct list_elem elem;      /* In open_inodes. */
    block_sector_t sector;      /* Where the on-disk inode is. */
    int open_cnt;               /* Openers not yet closed. */
    bool removed;               /* Free the sectors at the last close? */
    int deny_write_cnt;         /* Writes allowed only while 0. */
#ifdef SOLUTION_FILESYS
    bool is_dir;                /* A directory? */
    block_sector_t parent;      /* A directory's parent directory. */
    off_t length;               /* Size in bytes: where reads stop. */
#else
    /* TODO (filesys): what an indexed, growable inode keeps in memory. */
    block_sector_t start;       /* First data sector. */
    off_t length;               /* Size in bytes, fixed at creation. */
#endif
  };

/* Every open inode, so that a second open finds the first. */
static struct list open_inodes = LIST_INITIALIZER (open_inodes);

/* Size of the mounted file system: nothing may point at or past it. */
static block_sector_t fs_sector_cnt;

/* Sets the size of the file system whose inodes will be opened. */
void
inode_init (block_sector_t sector_cnt)
{
  fs_sector_cnt = sector_cnt;
}

static size_t
data_sectors (off_t length)
{
  return DIV_ROUND_UP (length, BLOCK_SECTOR_SIZE);
}

/* Can SECTOR hold an inode?  Not the superblock, not past the end. */
static bool
inode_sector_valid (block_sector_t sector)
{
  return sector != SUPERBLOCK_SECTOR && sector < fs_sector_cnt;
}

#ifdef SOLUTION_FILESYS
/* Does DISK look like an inode?  (Its pointers are checked when the disk
   is mounted, by fscheck.c.) */
static bool
inode_disk_valid (const struct inode_disk *disk)
{
  return (disk->magic == INODE_MAGIC && disk->is_dir <= 1
          && data_sectors (disk->length) <= INODE_MAX_SECTORS
          && (disk->is_dir ? inode_sector_valid (disk->parent)
                           : disk->parent == 0));
}
#else
/* TODO (filesys): check an indexed inode. */
/* Does DISK describe a file that lies inside the file system? */
static bool
inode_disk_valid (const struct inode_disk *disk)
{
  size_t cnt = data_sectors (disk->length);

  if (disk->magic != INODE_MAGIC || disk->length > INT32_MAX)
    return false;
  return cnt == 0 || (disk->start >= FIRST_DATA_SECTOR
                      && disk->start < fs_sector_cnt
                      && cnt <= fs_sector_cnt - disk->start);
}
#endif

#ifdef SOLUTION_FILESYS
/* Writes a new inode to SECTOR, which the caller has allocated: a file
   of LENGTH zero bytes, or a directory if PARENT is not 0.  Allocates no
   data: the file is all hole until written. */
static bool
create (block_sector_t sector, off_t length, block_sector_t parent)
{
  struct inode_disk *disk;

  ASSERT (length >= 0);
  ASSERT (inode_sector_valid (sector));
  if (data_sectors (length) > INODE_MAX_SECTORS)
    return false;
  disk = calloc (1, sizeof *disk);
  if (disk == NULL)
    return false;
  disk->magic = INODE_MAGIC;
  disk->length = length;
  disk->is_dir = parent != 0;
  disk->parent = parent;
  cache_write (sector, disk, 0, BLOCK_SECTOR_SIZE);
  free (disk);
  return true;
}

bool
inode_create (block_sector_t sector, off_t length)
{
  return create (sector, length, 0);
}

/* Writes a new directory inode of LENGTH bytes, whose parent directory's
   inode is at PARENT, to SECTOR. */
bool
inode_create_dir (block_sector_t sector, off_t length, block_sector_t parent)
{
  return create (sector, length, parent);
}
#else
/* TODO (filesys): files and directories whose sectors come when written. */
/* Writes a new inode for a file of LENGTH zero bytes to SECTOR, which the
   caller has allocated, and allocates and clears its data sectors.
   Returns false if the disk has no run of free sectors long enough. */
bool
inode_create (block_sector_t sector, off_t length)
{
  static const uint8_t zeros[BLOCK_SECTOR_SIZE];
  struct inode_disk *disk;
  size_t cnt = data_sectors (length);

  ASSERT (length >= 0);
  ASSERT (inode_sector_valid (sector));

  disk = calloc (1, sizeof *disk);
  if (disk == NULL)
    return false;
  disk->magic = INODE_MAGIC;
  disk->length = length;
  if (cnt > 0 && !free_map_allocate (cnt, &disk->start))
    {
      free (disk);
      return false;
    }
  block_write (fs_device, sector, disk);
  for (size_t i = 0; i < cnt; i++)
    block_write (fs_device, disk->start + i, zeros);
  free (disk);
  return true;
}
#endif

/* Finds SECTOR among the open inodes. */
static struct inode *
find_open (block_sector_t sector)
{
  for (struct list_elem *e = list_begin (&open_inodes);
       e != list_end (&open_inodes); e = list_next (e))
    {
      struct inode *inode = list_entry (e, struct inode, elem);
      if (inode->sector == sector)
        return inode;
    }
  return NULL;
}

/* Reads the inode at SECTOR from disk into a new struct inode, or returns
   NULL, with a message if the disk is at fault. */
static struct inode *
load (block_sector_t sector)
{
  struct inode_disk *disk = malloc (sizeof *disk);
  struct inode *inode = malloc (sizeof *inode);

  if (disk == NULL || inode == NULL)
    goto fail;
  if (!inode_sector_valid (sector))
    {
      printf ("filesys: sector %" PRIu32 " cannot hold an inode\n", sector);
      goto fail;
    }
#ifdef SOLUTION_FILESYS
  cache_read (sector, disk, 0, BLOCK_SECTOR_SIZE);
#else
  /* TODO (filesys): read through the buffer cache. */
  block_read (fs_device, sector, disk);
#endif
  if (!inode_disk_valid (disk))
    {
      printf ("filesys: sector %" PRIu32 " does not hold a valid inode\n",
              sector);
      goto fail;
    }
  inode->sector = sector;
  inode->open_cnt = 1;
  inode->removed = false;
  inode->deny_write_cnt = 0;
#ifdef SOLUTION_FILESYS
  inode->is_dir = disk->is_dir;
  inode->parent = disk->parent;
#else
  /* TODO (filesys): keep what an indexed inode needs. */
  inode->start = disk->start;
#endif
  inode->length = disk->length;
  free (disk);
  return inode;

 fail:
  free (disk);
  free (inode);
  return NULL;
}

/* Opens the inode at SECTOR, sharing it if it is already open.  Returns
   NULL if it cannot be read or is corrupt. */
struct inode *
inode_open (block_sector_t sector)
{
  struct inode *inode = find_open (sector);

  if (inode != NULL)
    return inode_reopen (inode);
  inode = load (sector);
  if (inode != NULL)
    list_push_front (&open_inodes, &inode->elem);
  return inode;
}

/* Opens INODE once more and returns it (NULL stays NULL). */
struct inode *
inode_reopen (struct inode *inode)
{
  if (inode != NULL)
    inode->open_cnt++;
  return inode;
}

/* The inode's number: the sector it lives in. */
block_sector_t
inode_get_inumber (const struct inode *inode)
{
  return inode->sector;
}

/* Closes INODE (NULL is ignored).  The last close frees the memory and,
   if the file was removed, its sectors. */
void
inode_close (struct inode *inode)
{
  if (inode == NULL || --inode->open_cnt > 0)
    return;

  list_remove (&inode->elem);
  if (inode->removed)
    {
#ifdef SOLUTION_FILESYS
      index_release (inode->sector);
#else
      /* TODO (filesys): free the index's sectors. */
      if (inode->length > 0)
        free_map_release (inode->start, data_sectors (inode->length));
#endif
      free_map_release (inode->sector, 1);
    }
  free (inode);
}

/* Marks INODE to be deleted when the last opener closes it. */
void
inode_remove (struct inode *inode)
{
  inode->removed = true;
}

#ifdef SOLUTION_FILESYS
/* Moves up to SIZE bytes between BUFFER and INODE's data starting at
   OFFSET, in direction WRITE, a sector at a time through the cache.
   Reads stop at the end of the file, and read holes as zeros; writes
   allocate the sectors they reach and stop only if the disk is full.
   Returns the bytes moved. */
static off_t
transfer (struct inode *inode, uint8_t *buffer, off_t size, off_t offset,
          bool write)
{
  off_t done = 0;

  /* Reads end at the end of the file, writes at the biggest file. */
  off_t end = write ? (off_t) (INODE_MAX_SECTORS * BLOCK_SECTOR_SIZE)
                    : inode->length;

  if (offset < 0 || size <= 0 || offset >= end)
    return 0;
  if (size > end - offset)
    size = end - offset;

  while (done < size)
    {
      off_t pos = offset + done;
      int sector_ofs = pos % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;
      block_sector_t sector = index_get (inode->sector,
                                         pos / BLOCK_SECTOR_SIZE, write);

      if (chunk > size - done)
        chunk = size - done;
      if (write && sector == 0)
        break;                          /* The disk is full. */
      if (write)
        cache_write (sector, buffer + done, sector_ofs, chunk);
      else if (sector != 0)
        cache_read (sector, buffer + done, sector_ofs, chunk);
      else
        memset (buffer + done, 0, chunk);
      done += chunk;
    }
  return done;
}

/* Makes INODE LENGTH bytes long, in memory and on disk. */
static void
set_length (struct inode *inode, off_t length)
{
  uint32_t on_disk = length;

  inode->length = length;
  cache_write (inode->sector, &on_disk, offsetof (struct inode_disk, length),
               sizeof on_disk);
}
#else
/* TODO (filesys): find each sector through the index and the cache,
   allocating on writes; see doc/filesys.md. */
/* Moves up to SIZE bytes between BUFFER and INODE's data starting at
   OFFSET, in direction WRITE, stopping at the end of the file.  Whole
   sectors go straight to or from BUFFER; partial ones pass through a
   sector-sized bounce buffer.  Returns the bytes moved. */
static off_t
transfer (struct inode *inode, uint8_t *buffer, off_t size, off_t offset,
          bool write)
{
  uint8_t *bounce = NULL;
  off_t done = 0;

  if (offset < 0 || size <= 0 || offset >= inode->length)
    return 0;
  if (size > inode->length - offset)
    size = inode->length - offset;

  while (done < size)
    {
      off_t pos = offset + done;
      block_sector_t sector = inode->start + pos / BLOCK_SECTOR_SIZE;
      int sector_ofs = pos % BLOCK_SECTOR_SIZE;
      off_t chunk = BLOCK_SECTOR_SIZE - sector_ofs;

      if (chunk > size - done)
        chunk = size - done;
      if (chunk == BLOCK_SECTOR_SIZE)
        {
          if (write)
            block_write (fs_device, sector, buffer + done);
          else
            block_read (fs_device, sector, buffer + done);
        }
      else
        {
          if (bounce == NULL && (bounce = malloc (BLOCK_SECTOR_SIZE)) == NULL)
            break;
          block_read (fs_device, sector, bounce);
          if (write)
            {
              memcpy (bounce + sector_ofs, buffer + done, chunk);
              block_write (fs_device, sector, bounce);
            }
          else
            memcpy (buffer + done, bounce + sector_ofs, chunk);
        }
      done += chunk;
    }
  free (bounce);
  return done;
}
#endif

/* Reads up to SIZE bytes from INODE at OFFSET into BUFFER; returns how
   many were read, fewer than SIZE at the end of the file. */
off_t
inode_read_at (struct inode *inode, void *buffer, off_t size, off_t offset)
{
  return transfer (inode, buffer, size, offset, false);
}

/* Writes up to SIZE bytes from BUFFER to INODE at OFFSET; returns how
   many were written.  Nothing is written while writes are denied. */
off_t
inode_write_at (struct inode *inode, const void *buffer, off_t size,
                off_t offset)
{
  off_t done;

  if (inode->deny_write_cnt > 0)
    return 0;
  /* transfer() only reads BUFFER when WRITE is true. */
  done = transfer (inode, (uint8_t *) buffer, size, offset, true);
#ifdef SOLUTION_FILESYS
  /* The data is in place before the length says it is there. */
  if (done > 0 && offset + done > inode->length)
    set_length (inode, offset + done);
#else
  /* TODO (filesys): grow the file when writing past its end. */
#endif
  return done;
}

/* Forbids writes to INODE until inode_allow_write(); each opener may
   deny once, e.g. while the file is a running program. */
void
inode_deny_write (struct inode *inode)
{
  inode->deny_write_cnt++;
  ASSERT (inode->deny_write_cnt <= inode->open_cnt);
}

/* Undoes one inode_deny_write(), by an opener that denied before closing. */
void
inode_allow_write (struct inode *inode)
{
  ASSERT (inode->deny_write_cnt > 0);
  inode->deny_write_cnt--;
}

/* INODE's size in bytes. */
off_t
inode_length (const struct inode *inode)
{
  return inode->length;
}

bool
inode_for_each_sector (struct inode *inode,
                       bool (*visit) (block_sector_t, void *aux), void *aux)
{
#ifdef SOLUTION_FILESYS
  return index_for_each (inode->sector, visit, aux);
#else
  /* TODO (filesys): visit the index's sectors too. */
  for (size_t i = 0; i < data_sectors (inode->length); i++)
    if (!visit (inode->start + i, aux))
      return false;
  return true;
#endif
}

/* Is INODE a directory?  (Without subdirectories, only the root is.) */
bool
inode_is_dir (const struct inode *inode)
{
#ifdef SOLUTION_FILESYS
  return inode->is_dir;
#else
  /* TODO (filesys): subdirectories. */
  return inode->sector == ROOT_DIR_SECTOR;
#endif
}

#ifdef SOLUTION_FILESYS
/* The inode number of directory INODE's parent (the root's own). */
block_sector_t
inode_parent (const struct inode *inode)
{
  return inode->parent;
}

/* How many openers INODE has: a directory with more than its remover
   is in use, as a process's current directory or an open file. */
int
inode_opener_count (const struct inode *inode)
{
  return inode->open_cnt;
}
#endif

/* How many inodes are open: lets tests catch a missing close. */
size_t
inode_open_count (void)
{
  return list_size (&open_inodes);
}
