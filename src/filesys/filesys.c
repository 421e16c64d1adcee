/* Mounting, formatting, and the name-based calls of the file system.

   Concurrency: the file system uses one lock.  Every public call, here
   and in file.c, holds it for its whole length, so the layers below
   (inode.c, directory.c, free-map.c) never see two threads at once and
   need no locking of their own.  Simple, and slow when many threads use
   files at once; phase 4 replaces it with finer locking.

   Names: in the simple file system a name is a file of the root
   directory.  In phase 4 it is a path: components of at most NAME_MAX
   characters separated by '/', from the root if it begins with '/', else
   from the process's current directory; "." and ".." are the directory
   itself and its parent. */
#include "filesys/filesys.h"
#include <debug.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/fscheck.h"
#include "filesys/inode.h"
#include "filesys/layout.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#ifdef SOLUTION_FILESYS
#include "devices/timer.h"
#include "filesys/cache.h"
#include "filesys/log.h"
#include "threads/thread.h"
#ifdef USERPROG
#include "userprog/process.h"
#endif
#endif

struct block *fs_device;

static struct lock fs_lock;
static bool mounted;            /* Are the calls below usable? */
#ifdef SOLUTION_FILESYS
static bool threads_started;    /* The flusher and the read-ahead. */
#endif

void
filesys_lock (void)
{
  lock_acquire (&fs_lock);
}

/* Ends a file-system operation.  (In phase 4 this is where the cache is
   flushed when it fills: between two operations, so the disk is left
   consistent, see log.c.) */
void
filesys_unlock (void)
{
#ifdef SOLUTION_FILESYS
  if (mounted && cache_should_flush ())
    cache_flush ();
#endif
  lock_release (&fs_lock);
}

#ifdef SOLUTION_FILESYS
/* How often the flusher commits the cache, in timer ticks: the most work
   a power cut can lose. */
#define FLUSH_INTERVAL 100

/* The flusher thread: commits the cache's changes every FLUSH_INTERVAL
   ticks, between operations. */
static void
flusher (void *aux UNUSED)
{
  for (;;)
    {
      timer_sleep (FLUSH_INTERVAL);
      filesys_lock ();
      if (mounted)
        cache_flush ();
      filesys_unlock ();
    }
}
#endif

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
#ifdef SOLUTION_FILESYS
  cache_init (fs_device);
  log_format (fs_device);
#endif
  inode_init (sector_cnt);
  ok = (free_map_init (sector_cnt) && free_map_create ()
        && dir_create (ROOT_DIR_SECTOR, ROOT_ENTRY_CNT));
  free_map_close ();
#ifdef SOLUTION_FILESYS
  cache_flush ();
#endif
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
#ifdef SOLUTION_FILESYS
  cache_init (fs_device);
#endif
  ok = superblock_valid (sb);
#ifdef SOLUTION_FILESYS
  ok = ok && log_recover (fs_device, sb->sector_cnt);
#endif
  if (ok)
    {
      inode_init (sb->sector_cnt);
      ok = free_map_init (sb->sector_cnt) && fscheck (sb->sector_cnt);
      if (!ok)
        free_map_close ();
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
#ifdef SOLUTION_FILESYS
  if (mounted && !threads_started)
    {
      threads_started = true;
      cache_start_read_ahead ();
      thread_create ("fs-flush", PRI_DEFAULT, flusher, NULL);
    }
#endif
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
#ifdef SOLUTION_FILESYS
  if (mounted)
    cache_flush ();
#endif
  mounted = false;
  filesys_unlock ();
}

#ifdef SOLUTION_FILESYS
/* The directory a relative PATH starts from, opened: the running
   process's current directory, or the root. */
static struct dir *
start_of (const char *path)
{
  struct dir *cwd = NULL;

#ifdef USERPROG
  cwd = process_cwd ();
#endif
  return path[0] == '/' || cwd == NULL ? dir_open_root () : dir_reopen (cwd);
}

/* Opens the directory named NAME in DIR, closing DIR; NULL if NAME is
   missing or not a directory. */
static struct dir *
step_into (struct dir *dir, const char *name)
{
  struct inode *inode;

  dir_lookup (dir, name, &inode);
  dir_close (dir);
  return dir_open (inode);
}
#endif

/* Opens the directory that holds the last component of PATH and copies
   that component into NAME; NULL if there is no such directory or a
   component is longer than NAME_MAX.  A path naming a directory with a
   slash at the end, or the root itself, ends in ".". */
static struct dir *
parent_of (const char *path, char name[NAME_MAX + 1])
{
#ifdef SOLUTION_FILESYS
  struct dir *dir;

  if (path[0] == '\0' || (dir = start_of (path)) == NULL)
    return NULL;
  memcpy (name, ".", 2);
  for (;;)
    {
      size_t length;

      path += strspn (path, "/");
      if (*path == '\0')
        return dir;
      length = strcspn (path, "/");
      if (length > NAME_MAX || (dir = step_into (dir, name)) == NULL)
        {
          dir_close (dir);
          return NULL;
        }
      memcpy (name, path, length);
      name[length] = '\0';
      path += length;
    }
#else
  /* TODO (filesys): follow PATH through directories, from the root or
     the process's current directory (see doc/filesys.md). */
  if (memchr (path, '\0', NAME_MAX + 1) == NULL)
    return NULL;
  memcpy (name, path, strlen (path) + 1);
  return dir_open_root ();
#endif
}

/* Makes a new file of SIZE zero bytes, or a new empty directory if
   DIRECTORY, called PATH. */
static bool
make (const char *path, off_t size, bool directory)
{
  char name[NAME_MAX + 1];
  block_sector_t sector;
  struct dir *dir;
  bool created, ok = false;

  filesys_lock ();
  dir = mounted && size >= 0 ? parent_of (path, name) : NULL;
  if (dir != NULL && free_map_allocate (1, &sector))
    {
#ifdef SOLUTION_FILESYS
      created = (directory
                 ? inode_create_dir (sector, 0,
                                     inode_get_inumber (dir_get_inode (dir)))
                 : inode_create (sector, size));
#else
      /* TODO (filesys): make directories too. */
      created = !directory && inode_create (sector, size);
#endif
      if (!created)
        free_map_release (sector, 1);
      else if (dir_add (dir, name, sector))
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
  dir_close (dir);
  filesys_unlock ();
  return ok;
}

/* Puts everything written so far on disk. */
void
filesys_flush (void)
{
#ifdef SOLUTION_FILESYS
  filesys_lock ();
  if (mounted)
    cache_flush ();
  filesys_unlock ();
#else
  /* TODO (filesys): with a write-behind cache, write it out. (The simple
     file system writes everything at once: nothing waits.) */
#endif
}

/* Creates a file called NAME of INITIAL_SIZE zero bytes.  Fails if the
   name is invalid or taken, or the disk or directory is full. */
bool
filesys_create (const char *name, off_t initial_size)
{
  return make (name, initial_size, false);
}

/* Looks PATH up and returns its inode, opened; NULL if there is none.
   Needs the lock. */
static struct inode *
lookup (const char *path)
{
  char name[NAME_MAX + 1];
  struct inode *inode = NULL;
  struct dir *dir = mounted ? parent_of (path, name) : NULL;

  if (dir != NULL)
    dir_lookup (dir, name, &inode);
  dir_close (dir);
  return inode;
}

/* Opens the file (or, in phase 4, the directory) called NAME; NULL if
   there is none. */
struct file *
filesys_open (const char *name)
{
  struct inode *inode;

  filesys_lock ();
  inode = lookup (name);
  filesys_unlock ();
  return file_open (inode);
}

/* Deletes the file called NAME.  Whoever has it open can keep using it;
   its sectors are freed at the last close.  (A directory goes only if it
   is empty and nobody uses it: see dir_remove().) */
bool
filesys_remove (const char *name)
{
  char last[NAME_MAX + 1];
  struct dir *dir;
  bool ok;

  filesys_lock ();
  dir = mounted ? parent_of (name, last) : NULL;
  ok = dir != NULL && dir_remove (dir, last);
  dir_close (dir);
  filesys_unlock ();
  return ok;
}

#ifdef SOLUTION_FILESYS
/* Creates an empty directory called PATH. */
bool
filesys_mkdir (const char *path)
{
  return make (path, 0, true);
}

/* Opens the directory called PATH, e.g. to make it a process's current
   directory; NULL if there is none. */
struct dir *
filesys_open_dir (const char *path)
{
  struct dir *dir;

  filesys_lock ();
  dir = dir_open (lookup (path));
  filesys_unlock ();
  return dir;
}

/* Opens DIR again (NULL stays NULL). */
struct dir *
filesys_reopen_dir (struct dir *dir)
{
  filesys_lock ();
  dir = dir != NULL ? dir_reopen (dir) : NULL;
  filesys_unlock ();
  return dir;
}

/* Closes DIR (NULL is ignored). */
void
filesys_close_dir (struct dir *dir)
{
  filesys_lock ();
  dir_close (dir);
  filesys_unlock ();
}
#endif

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
