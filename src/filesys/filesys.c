/* Mounting, formatting, and the name-based calls of the file system.

   Concurrency: the file system uses one lock.  Every public call, here
   and in file.c, holds it for its whole length, so the layers below
   (inode.c, directory.c, free-map.c) never see two threads at once and
   need no locking of their own.  Simple, and slow when many threads use
   files at once; phase 4 replaces it with finer locking. */
#include "filesys/filesys.h"
#include <inttypes.h>
#include <stdio.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/fscheck.h"
#include "filesys/inode.h"
#include "filesys/layout.h"
#include "threads/malloc.h"
#include "threads/synch.h"

struct block *fs_device;

static struct lock fs_lock;
static bool mounted;            /* Are the calls below usable? */

void
filesys_lock (void)
{
  lock_acquire (&fs_lock);
}

void
filesys_unlock (void)
{
  lock_release (&fs_lock);
}

/* Writes an empty file system over the whole of fs_device (up to
   FS_MAX_SECTORS).  The superblock goes last, so a disk whose format
   was interrupted is never taken for a file system. */
static bool
format (void)
{
  block_sector_t sector_cnt = block_size (fs_device);
  struct superblock *sb;
  bool ok;

  if (sector_cnt > FS_MAX_SECTORS)
    sector_cnt = FS_MAX_SECTORS;
  if (sector_cnt < FS_MIN_SECTORS)
    {
      printf ("filesys: %s is too small to format (%" PRIu32 " sectors)\n",
              block_name (fs_device), sector_cnt);
      return false;
    }
  sb = calloc (1, sizeof *sb);
  if (sb == NULL)
    return false;

  printf ("Formatting file system...");
  inode_init (sector_cnt);
  ok = (free_map_init (sector_cnt) && free_map_create ()
        && dir_create (ROOT_DIR_SECTOR, ROOT_ENTRY_CNT));
  free_map_close ();
  if (ok)
    {
      sb->magic = FS_MAGIC;
      sb->version = FS_VERSION;
      sb->sector_cnt = sector_cnt;
      block_write (fs_device, SUPERBLOCK_SECTOR, sb);
    }
  free (sb);
  printf (ok ? "done.\n" : "failed.\n");
  return ok;
}

/* Does the superblock SB describe a file system we can use on
   fs_device?  Says what is wrong if not. */
static bool
superblock_valid (const struct superblock *sb)
{
  const char *name = block_name (fs_device);

  if (sb->magic != FS_MAGIC)
    printf ("filesys: %s does not hold a Skiff file system\n", name);
  else if (sb->version != FS_VERSION)
    printf ("filesys: %s has file-system version %" PRIu32
            ", this kernel reads version %d\n", name, sb->version, FS_VERSION);
  else if (sb->sector_cnt < FS_MIN_SECTORS || sb->sector_cnt > FS_MAX_SECTORS
           || sb->sector_cnt > block_size (fs_device))
    printf ("filesys: %s: superblock claims %" PRIu32 " sectors, but the "
            "disk has %" PRIu32 "\n", name, sb->sector_cnt,
            block_size (fs_device));
  else
    return true;
  return false;
}

/* Reads and checks the file system on fs_device, loading the free map.
   Nothing read from the disk is used before it has been checked. */
static bool
mount (void)
{
  struct superblock *sb = malloc (sizeof *sb);
  bool ok;

  if (sb == NULL)
    return false;
  block_read (fs_device, SUPERBLOCK_SECTOR, sb);
  ok = superblock_valid (sb);
  if (ok)
    {
      inode_init (sb->sector_cnt);
      ok = free_map_init (sb->sector_cnt) && free_map_open ();
      if (ok && !fscheck (sb->sector_cnt))
        {
          free_map_close ();
          ok = false;
        }
    }
  free (sb);
  return ok;
}

/* Finds the file-system disk, formats it first if FORMAT, and mounts it.
   A disk that is missing, foreign or corrupt leaves the file system
   unmounted, with a message: every call then fails, and the rest of the
   kernel runs on.  Returns whether the file system is mounted. */
bool
filesys_init (bool format_disk)
{
  lock_init (&fs_lock);
  mounted = false;
  fs_device = block_get_role (BLOCK_FILESYS);
  if (fs_device == NULL)
    {
      printf ("filesys: no file-system disk; file actions will fail\n");
      return false;
    }
  if (format_disk && !format ())
    return false;
  mounted = mount ();
  if (!mounted)
    printf ("filesys: cannot mount %s; format it with -f\n",
            block_name (fs_device));
  return mounted;
}

/* Unmounts, writing out anything not yet on disk (the free map is
   already there: it is written at every change). */
void
filesys_done (void)
{
  filesys_lock ();
  if (mounted)
    free_map_close ();
  mounted = false;
  filesys_unlock ();
}

/* Creates a file called NAME of INITIAL_SIZE zero bytes.  Fails if the
   name is invalid or taken, or the disk or root directory is full. */
bool
filesys_create (const char *name, off_t initial_size)
{
  block_sector_t sector;
  struct dir *root;
  bool ok = false;

  filesys_lock ();
  root = mounted && initial_size >= 0 ? dir_open_root () : NULL;
  if (root != NULL && free_map_allocate (1, &sector))
    {
      if (!inode_create (sector, initial_size))
        free_map_release (sector, 1);
      else if (dir_add (root, name, sector))
        ok = true;
      else
        {
          /* Removing the orphan inode returns all its sectors. */
          struct inode *orphan = inode_open (sector);
          if (orphan != NULL)
            inode_remove (orphan);
          inode_close (orphan);
        }
    }
  dir_close (root);
  filesys_unlock ();
  return ok;
}

/* Opens the file called NAME; NULL if there is none. */
struct file *
filesys_open (const char *name)
{
  struct inode *inode = NULL;
  struct dir *root;

  filesys_lock ();
  root = mounted ? dir_open_root () : NULL;
  if (root != NULL)
    dir_lookup (root, name, &inode);
  dir_close (root);
  filesys_unlock ();
  return file_open (inode);
}

/* Deletes the file called NAME.  Whoever has it open can keep using it;
   its sectors are freed at the last close. */
bool
filesys_remove (const char *name)
{
  struct dir *root;
  bool ok;

  filesys_lock ();
  root = mounted ? dir_open_root () : NULL;
  ok = root != NULL && dir_remove (root, name);
  dir_close (root);
  filesys_unlock ();
  return ok;
}

/* Calls VISIT with the name and size of each file of the root directory,
   in directory order, passing AUX along.  VISIT runs with the lock held,
   so it must not call the file system.  Returns false if not mounted. */
bool
filesys_list (void (*visit) (const char *name, off_t size, void *aux),
              void *aux)
{
  char name[NAME_MAX + 1];
  struct dir *root;

  filesys_lock ();
  root = mounted ? dir_open_root () : NULL;
  if (root != NULL)
    while (dir_readdir (root, name))
      {
        struct inode *inode;
        if (dir_lookup (root, name, &inode))
          visit (name, inode_length (inode), aux);
        inode_close (inode);
      }
  dir_close (root);
  filesys_unlock ();
  return root != NULL;
}
