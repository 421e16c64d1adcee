/* The root directory, stored as a file whose contents are an array of
   struct dir_entry (layout.h).  Its size, and so the number of files the
   disk can hold, is fixed when the disk is formatted.
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

/* Makes a directory of ENTRY_CNT free entries, its inode at SECTOR. */
bool
dir_create (block_sector_t sector, size_t entry_cnt)
{
  return inode_create (sector, entry_cnt * sizeof (struct dir_entry));
}

/* Opens the root directory; NULL if out of memory or corrupt. */
struct dir *
dir_open_root (void)
{
  struct dir *dir = malloc (sizeof *dir);

  if (dir == NULL)
    return NULL;
  dir->inode = inode_open (ROOT_DIR_SECTOR);
  dir->pos = 0;
  if (dir->inode == NULL)
    {
      free (dir);
      return NULL;
    }
  return dir;
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
  return false;
}

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

/* Stores the next file name of DIR in NAME; false when there is none. */
bool
dir_readdir (struct dir *dir, char name[NAME_MAX + 1])
{
  struct dir_entry entry;

  while (read_entry (dir, dir->pos, &entry))
    {
      dir->pos += sizeof entry;
      if (entry.in_use)
        {
          memcpy (name, entry.name, NAME_MAX);
          name[NAME_MAX] = '\0';
          return true;
        }
    }
  return false;
}
