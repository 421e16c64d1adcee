/* The mount-time consistency check.  Every sector of the file system
   has at most one owner: the fixed sectors, the free map's file, the
   root directory, or one file named by one directory entry.  The check
   walks everything reachable from the root, claims each sector it meets
   in a bitmap of its own, and refuses the disk at the first sector that
   is claimed twice; then the claims must agree with the free map, sector
   for sector.  Along the way each directory entry must have a valid
   name that no other entry of its directory has, and must not name the
   free map's or the root's inode.

   Directories below the root (phase 4) are checked the same way, each
   when its turn comes in a queue, so a deep tree needs no deep stack;
   each must name, as its parent, the directory whose entry names it.

   The first inconsistency is printed as "filesys: ..." and the check
   stops: one clear message is more use than a cascade of consequences.
   Runs before the file system is usable, so it needs no lock. */
#include "filesys/fscheck.h"
#include <bitmap.h>
#include <inttypes.h>
#include <list.h>
#include <stdio.h>
#include <string.h>
#include "filesys/directory.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "filesys/layout.h"
#include "threads/malloc.h"

/* Room for the name of an owner: a quoted file name, or one of the
   fixed structures ("the root directory"), with its NUL. */
#define OWNER_MAX 24

/* What the walk knows while it runs.  A first walk claims sectors until
   one is claimed twice; a second walk, told that sector, stops at its
   first owner, so the message can name both. */
struct walk
  {
    struct bitmap *claimed;     /* Sectors met so far. */
    char owner[OWNER_MAX];      /* Whose sectors are being claimed. */
    bool clashed;               /* Did a sector turn up twice? */
    block_sector_t conflict;    /* That sector: the second walk stops here. */
    bool finding;               /* Is this the second walk? */
    char second[OWNER_MAX];     /* The owner that met CONFLICT again. */
    struct list pending;        /* Directories still to check. */
  };

/* A directory waiting in the queue: its inode, opened. */
struct pending_dir
  {
    struct list_elem elem;
    struct inode *inode;
  };

/* Claims SECTOR for WALK->owner.  Returns false, to stop the walk, at a
   sector met before (first walk) or at CONFLICT (second walk). */
static bool
claim (block_sector_t sector, void *walk_)
{
  struct walk *walk = walk_;

  if (sector >= bitmap_size (walk->claimed))
    {
      printf ("filesys: %s names sector %" PRIu32 ", past the end of the "
              "file system\n", walk->owner, sector);
      return false;
    }
  if (walk->finding ? sector == walk->conflict
                    : bitmap_test (walk->claimed, sector))
    {
      walk->clashed = true;
      walk->conflict = sector;
      return false;
    }
  bitmap_mark (walk->claimed, sector);
  return true;
}

/* Claims INODE's own sector and every sector its data uses. */
static bool
claim_inode (struct walk *walk, struct inode *inode, const char *owner)
{
  snprintf (walk->owner, sizeof walk->owner, "%s", owner);
  return (claim (inode_get_inumber (inode), walk)
          && inode_for_each_sector (inode, claim, walk));
}

/* Reads entry INDEX of DIRECTORY into *ENTRY; false past the end. */
static bool
entry_at (struct inode *directory, int index, struct dir_entry *entry)
{
  return inode_read_at (directory, entry, sizeof *entry,
                        index * (off_t) sizeof *entry) == sizeof *entry;
}

/* Is ENTRY's name one that the file system could have written? */
static bool
name_valid (const struct dir_entry *entry)
{
  const char *end = memchr (entry->name, '\0', sizeof entry->name);
  return (end != NULL && end != entry->name
          && strchr (entry->name, '/') == NULL);
}

/* Does an in-use entry before INDEX in DIRECTORY have ENTRY's name? */
static bool
name_taken_before (struct inode *directory, int index,
                   const struct dir_entry *entry)
{
  struct dir_entry other;

  for (int i = 0; i < index && entry_at (directory, i, &other); i++)
    if (other.in_use && strcmp (other.name, entry->name) == 0)
      return true;
  return false;
}

#ifdef SOLUTION_FILESYS
/* Puts directory INODE in the queue, taking over the reference. */
static bool
queue_dir (struct walk *walk, struct inode *inode)
{
  struct pending_dir *pending = malloc (sizeof *pending);

  if (pending == NULL)
    {
      printf ("filesys: out of memory checking the disk\n");
      inode_close (inode);
      return false;
    }
  pending->inode = inode;
  list_push_back (&walk->pending, &pending->elem);
  return true;
}
#endif

/* Checks in-use entry INDEX of directory DIR, ENTRY, and claims the
   sectors of the file it names; a directory joins the queue. */
static bool
check_entry (struct walk *walk, struct inode *dir, int index,
             const struct dir_entry *entry)
{
  char quoted[OWNER_MAX];
  struct inode *inode;
  bool ok;

  if (!name_valid (entry))
    {
      printf ("filesys: directory entry %d has a bad name\n", index);
      return false;
    }
  if (entry->inode_sector == FREE_MAP_SECTOR
      || entry->inode_sector == ROOT_DIR_SECTOR)
    {
      printf ("filesys: directory entry %d ('%s') names the %s's inode\n",
              index, entry->name, entry->inode_sector == FREE_MAP_SECTOR
              ? "free map" : "root directory");
      return false;
    }
  if (name_taken_before (dir, index, entry))
    {
      printf ("filesys: directory entry %d repeats the name '%s'\n",
              index, entry->name);
      return false;
    }
  inode = inode_open (entry->inode_sector);
  if (inode == NULL)
    {
      printf ("filesys: directory entry %d ('%s') points to a bad inode\n",
              index, entry->name);
      return false;
    }
  snprintf (quoted, sizeof quoted, "'%s'", entry->name);
  ok = claim_inode (walk, inode, quoted);
#ifdef SOLUTION_FILESYS
  if (ok && inode_is_dir (inode))
    {
      if (inode_parent (inode) != inode_get_inumber (dir))
        {
          printf ("filesys: directory '%s' names sector %" PRIu32 " as its "
                  "parent, but its entry is in %" PRIu32 "\n", entry->name,
                  inode_parent (inode), inode_get_inumber (dir));
          ok = false;
        }
      else if (!walk->finding)
        return queue_dir (walk, inode);
    }
#endif
  inode_close (inode);
  return ok;
}

/* Checks every entry of directory DIR. */
static bool
check_entries (struct walk *walk, struct inode *dir)
{
  struct dir_entry entry;
  bool ok = true;

  for (int i = 0; ok && entry_at (dir, i, &entry); i++)
    if (entry.in_use)
      ok = check_entry (walk, dir, i, &entry);
  return ok;
}

/* Claims the sectors of the root directory and of every file and
   directory below it, through the queue. */
static bool
check_tree (struct walk *walk)
{
  struct inode *root = inode_open (ROOT_DIR_SECTOR);
  bool ok = (root != NULL && claim_inode (walk, root, "the root directory")
             && check_entries (walk, root));

  inode_close (root);
  while (!list_empty (&walk->pending))
    {
      struct pending_dir *next = list_entry (list_pop_front (&walk->pending),
                                             struct pending_dir, elem);
      ok = ok && check_entries (walk, next->inode);
      inode_close (next->inode);
      free (next);
    }
  return ok;
}

/* Claims the free map's own sectors. */
static bool
check_free_map (struct walk *walk)
{
  struct inode *map = inode_open (FREE_MAP_SECTOR);
  bool ok = map != NULL && claim_inode (walk, map, "the free map");

  inode_close (map);
  return ok;
}

/* Do the claims agree with the free map, sector for sector?  (In phase
   4, sectors marked in use that nothing uses are freed instead: a file
   removed while still open keeps its sectors until its last close, and
   a power cut before that close leaves them so.) */
static bool
matches_free_map (const struct walk *walk, block_sector_t sector_cnt)
{
#ifdef SOLUTION_FILESYS
  size_t reclaimed = 0;
#endif

  for (block_sector_t s = FIRST_DATA_SECTOR; s < sector_cnt; s++)
    {
      bool used = bitmap_test (walk->claimed, s);
#ifdef SOLUTION_FILESYS
      if (!used && free_map_in_use (s))
        {
          free_map_release (s, 1);
          reclaimed++;
          continue;
        }
#endif
      if (used != free_map_in_use (s))
        {
          printf (used ? "filesys: sector %" PRIu32 " is in use, but the "
                         "free map says it is free\n"
                       : "filesys: the free map says sector %" PRIu32
                         " is in use, but nothing uses it\n", s);
          return false;
        }
    }
#ifdef SOLUTION_FILESYS
  if (reclaimed > 0)
    printf ("filesys: freed %zu sectors that no file uses (left by files "
            "removed while open)\n", reclaimed);
#endif
  return true;
}

/* Walks everything reachable, claiming sectors; the superblock is
   claimed first, as no file may use it. */
static bool
claim_all (struct walk *walk)
{
  bitmap_set_all (walk->claimed, false);
  snprintf (walk->owner, sizeof walk->owner, "the superblock");
  return (claim (SUPERBLOCK_SECTOR, walk) && check_free_map (walk)
          && check_tree (walk));
}

/* Says which two owners the first walk found sharing a sector. */
static void
report_conflict (struct walk *walk)
{
  memcpy (walk->second, walk->owner, sizeof walk->second);
  walk->finding = true;
  claim_all (walk);
  printf ("filesys: sector %" PRIu32 " is used by both %s and %s\n",
          walk->conflict, walk->owner, walk->second);
}

/* Checks the file system of SECTOR_CNT sectors and loads its free map.
   The map's file is read only after the walk has checked that its
   sectors lie on the disk: a damaged map inode must be refused, not
   followed off the end of the disk.  Returns true if the disk is
   consistent; else prints the first inconsistency and returns false. */
bool
fscheck (block_sector_t sector_cnt)
{
  struct walk walk;
  bool ok;

  walk.claimed = bitmap_create (sector_cnt);
  if (walk.claimed == NULL)
    {
      printf ("filesys: out of memory checking the disk\n");
      return false;
    }
  walk.finding = walk.clashed = false;
  list_init (&walk.pending);
  ok = claim_all (&walk);
  if (walk.clashed)
    report_conflict (&walk);
  ok = ok && free_map_open () && matches_free_map (&walk, sector_cnt);
  bitmap_destroy (walk.claimed);
  return ok;
}
