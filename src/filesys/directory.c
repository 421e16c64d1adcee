/* The root directory, stored as a file whose contents are an array of
   struct dir_entry (layout.h).  Its size, and so the number of files the
   disk can hold, is fixed when the disk is formatted.  (In phase 4 there
   are directories below the root, each a file of entries that grows as
   entries are added; "." and ".." are not stored: each directory's
   inode names its parent.)
   Called only with the file-system lock held (see filesys.c). */
#include "filesys/directory.h"
#include <stdio.h>
#include <string.h>
#include "filesys/inode.h"
#include "threads/malloc.h"

/* An open directory, with a position for reading it entry by entry. */
struct dir
  {
    struct inode *inode;
    off_t pos;                  /* Byte offset of the next readdir entry. */
  };

/* Makes the root directory, of ENTRY_CNT free entries, its inode at
   SECTOR. */
bool
dir_create (block_sector_t sector, size_t entry_cnt)
{
#ifdef SOLUTION_FILESYS
  /* The root is its own parent. */
  return inode_create_dir (sector, entry_cnt * sizeof (struct dir_entry),
                           sector);
#else
  /* TODO (filesys): mark the inode as a directory's. */
  return inode_create (sector, entry_cnt * sizeof (struct dir_entry));
#endif
}

/* Opens the directory whose inode is INODE, taking over the caller's
   reference to it (and closing it on failure).  NULL if INODE is NULL,
   not a directory, or out of memory. */
struct dir *
dir_open (struct inode *inode)
{
  struct dir *dir = NULL;

  if (inode != NULL && inode_is_dir (inode))
    dir = malloc (sizeof *dir);
  if (dir == NULL)
    {
      inode_close (inode);
      return NULL;
    }
  dir->inode = inode;
  dir->pos = 0;
  return dir;
}

/* Opens the root directory; NULL if out of memory or corrupt. */
struct dir *
dir_open_root (void)
{
  return dir_open (inode_open (ROOT_DIR_SECTOR));
}

/* Opens DIR again, with a position of its own. */
struct dir *
dir_reopen (struct dir *dir)
{
  return dir_open (inode_reopen (dir->inode));
}

/* DIR's inode, which stays DIR's. */
struct inode *
dir_get_inode (struct dir *dir)
{
  return dir->inode;
}

void
dir_close (struct dir *dir)
{
  if (dir != NULL)
    {
      inode_close (dir->inode);
      free (dir);
    }
}

/* Reads the entry at byte offset OFS into *ENTRY; false past the end. */
static bool
read_entry (struct dir *dir, off_t ofs, struct dir_entry *entry)
{
  return inode_read_at (dir->inode, entry, sizeof *entry, ofs)
         == sizeof *entry;
}

static bool
write_entry (struct dir *dir, off_t ofs, const struct dir_entry *entry)
{
  return inode_write_at (dir->inode, entry, sizeof *entry, ofs)
         == sizeof *entry;
}

/* Is NAME usable as a file name?  Slashes are kept out so that names
   stay valid when directories arrive in phase 4. */
static bool
name_valid (const char *name)
{
  const char *end = memchr (name, '\0', NAME_MAX + 1);
#ifdef SOLUTION_FILESYS
  if (strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
    return false;
#endif
  return end != NULL && end != name && strchr (name, '/') == NULL;
}

/* Finds the in-use entry called NAME; stores it and its offset.  NAME
   must be valid, so comparing the whole name field also compares its NUL. */
static bool
find (struct dir *dir, const char *name, struct dir_entry *entry,
      off_t *ofsp)
{
  for (off_t ofs = 0; read_entry (dir, ofs, entry); ofs += sizeof *entry)
    if (entry->in_use && strncmp (entry->name, name, sizeof entry->name) == 0)
      {
        *ofsp = ofs;
        return true;
      }
  return false;
}

/* Looks NAME up; on success opens its inode into *INODE (NULL otherwise). */
bool
dir_lookup (struct dir *dir, const char *name, struct inode **inode)
{
  struct dir_entry entry;
  off_t ofs;

  *inode = NULL;
#ifdef SOLUTION_FILESYS
  if (strcmp (name, ".") == 0)
    *inode = inode_reopen (dir->inode);
  else if (strcmp (name, "..") == 0)
    *inode = inode_open (inode_parent (dir->inode));
  else
#endif
  if (name_valid (name) && find (dir, name, &entry, &ofs))
    *inode = inode_open (entry.inode_sector);
  return *inode != NULL;
}

/* Adds NAME for the inode at INODE_SECTOR.  Fails if NAME is invalid or
   taken, or if the directory is full. */
bool
dir_add (struct dir *dir, const char *name, block_sector_t inode_sector)
{
  struct dir_entry entry;
  off_t ofs;

  if (!name_valid (name) || find (dir, name, &entry, &ofs))
    return false;
  for (ofs = 0; read_entry (dir, ofs, &entry); ofs += sizeof entry)
    if (!entry.in_use)
      {
        memset (&entry, 0, sizeof entry);
        entry.inode_sector = inode_sector;
        memcpy (entry.name, name, strlen (name) + 1);
        entry.in_use = 1;
        return write_entry (dir, ofs, &entry);
      }
#ifdef SOLUTION_FILESYS
  /* Every slot is taken: the directory grows by one entry. */
  memset (&entry, 0, sizeof entry);
  entry.inode_sector = inode_sector;
  memcpy (entry.name, name, strlen (name) + 1);
  entry.in_use = 1;
  return write_entry (dir, ofs, &entry);
#else
  /* TODO (filesys): a full directory grows instead of refusing. */
  return false;
#endif
}

#ifdef SOLUTION_FILESYS
/* May directory INODE, which the caller has open once, be removed?  Only
   if it is empty and nobody else has it open: not an open file, not a
   process's current directory.  (So a directory never disappears under
   someone using it, and never holds entries after its removal.) */
static bool
removable (struct inode *inode)
{
  char name[NAME_MAX + 1];
  off_t pos = 0;

  return (inode_opener_count (inode) == 1
          && !dir_entry_next (inode, &pos, name));
}
#endif

/* Removes NAME.  Its inode is deleted once nobody has it open. */
bool
dir_remove (struct dir *dir, const char *name)
{
  struct dir_entry entry;
  struct inode *inode;
  off_t ofs;

  if (!name_valid (name) || !find (dir, name, &entry, &ofs))
    return false;
  inode = inode_open (entry.inode_sector);
  if (inode == NULL)
    return false;
#ifdef SOLUTION_FILESYS
  if (inode_is_dir (inode) && !removable (inode))
    {
      inode_close (inode);
      return false;
    }
#endif
  entry.in_use = 0;
  if (!write_entry (dir, ofs, &entry))
    {
      inode_close (inode);
      return false;
    }
  inode_remove (inode);
  inode_close (inode);
  return true;
}

/* Stores in NAME the name of the first entry in use at or after byte
   *POS of directory INODE, and moves *POS past it; false when there is
   none.  A reader's position, in a struct dir or an open file. */
bool
dir_entry_next (struct inode *inode, off_t *pos, char name[NAME_MAX + 1])
{
  struct dir_entry entry;

  while (inode_read_at (inode, &entry, sizeof entry, *pos) == sizeof entry)
    {
      *pos += sizeof entry;
      if (entry.in_use)
        {
          memcpy (name, entry.name, NAME_MAX);
          name[NAME_MAX] = '\0';
          return true;
        }
    }
  return false;
}

/* Stores the next file name of DIR in NAME; false when there is none. */
bool
dir_readdir (struct dir *dir, char name[NAME_MAX + 1])
{
  return dir_entry_next (dir->inode, &dir->pos, name);
}
