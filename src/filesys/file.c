/* Open files.  Many struct files may share one inode; each has its own
   position, and remembers whether it denied writes to the inode so that
   closing it undoes that.  Every call that reaches the inode holds the
   file-system lock (see filesys.c). */
#include "filesys/file.h"
#include <stdbool.h>
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/malloc.h"
#ifdef SOLUTION_FILESYS
#include <stdint.h>
#include "devices/block.h"
#include "filesys/directory.h"

/* The most one write operation moves: with its index and free-map
   sectors, well under the half of the cache that triggers a flush. */
#define WRITE_PIECE (8 * BLOCK_SECTOR_SIZE)
#endif

struct file
  {
    struct inode *inode;
    off_t pos;                  /* Where file_read/file_write go next. */
    bool denied_write;          /* Did this file deny writes? */
  };

/* Opens a file on INODE, taking over the caller's reference to it (and
   closing it if out of memory).  Returns NULL if INODE is NULL. */
struct file *
file_open (struct inode *inode)
{
  struct file *file;

  if (inode == NULL)
    return NULL;
  file = malloc (sizeof *file);
  if (file == NULL)
    {
      filesys_lock ();
      inode_close (inode);
      filesys_unlock ();
      return NULL;
    }
  file->inode = inode;
  file->pos = 0;
  file->denied_write = false;
  return file;
}

/* Opens FILE's inode again, with a position of its own. */
struct file *
file_reopen (struct file *file)
{
  struct inode *inode;

  filesys_lock ();
  inode = inode_reopen (file->inode);
  filesys_unlock ();
  return file_open (inode);
}

/* Closes FILE (NULL is ignored), allowing writes again if it denied them. */
void
file_close (struct file *file)
{
  if (file == NULL)
    return;
  filesys_lock ();
  if (file->denied_write)
    inode_allow_write (file->inode);
  inode_close (file->inode);
  filesys_unlock ();
  free (file);
}

/* Reads up to SIZE bytes at OFFSET into BUFFER without moving the
   position; returns the bytes read (fewer at the end of the file). */
off_t
file_read_at (struct file *file, void *buffer, off_t size, off_t offset)
{
  off_t done;

  filesys_lock ();
  done = inode_read_at (file->inode, buffer, size, offset);
  filesys_unlock ();
  return done;
}

/* Reads up to SIZE bytes at the position into BUFFER and moves past them. */
off_t
file_read (struct file *file, void *buffer, off_t size)
{
  off_t done = file_read_at (file, buffer, size, file->pos);
  file->pos += done;
  return done;
}

/* Writes up to SIZE bytes from BUFFER at OFFSET without moving the
   position; returns the bytes written.  Files do not grow, so writing
   stops at the end of the file (in phase 4 they grow); nothing is
   written while writes are denied. */
off_t
file_write_at (struct file *file, const void *buffer, off_t size,
               off_t offset)
{
  off_t done;

#ifdef SOLUTION_FILESYS
  /* A directory's entries change only through the directory calls.  A
     long write is several operations of at most WRITE_PIECE bytes, so
     that the cache can flush between them: one operation must dirty
     fewer sectors than the cache holds (see cache.c). */
  if (inode_is_dir (file->inode))
    return 0;
  done = 0;
  while (done < size)
    {
      off_t piece = size - done < WRITE_PIECE ? size - done : WRITE_PIECE;
      filesys_lock ();
      off_t wrote = inode_write_at (file->inode, (const uint8_t *) buffer + done,
                                    piece, offset + done);
      filesys_unlock ();
      done += wrote;
      if (wrote < piece)
        break;
    }
#else
  filesys_lock ();
  /* TODO (filesys): refuse writes to a directory's file. */
  done = inode_write_at (file->inode, buffer, size, offset);
  filesys_unlock ();
#endif
  return done;
}

/* Writes up to SIZE bytes from BUFFER at the position and moves past them. */
off_t
file_write (struct file *file, const void *buffer, off_t size)
{
  off_t done = file_write_at (file, buffer, size, file->pos);
  file->pos += done;
  return done;
}

/* Forbids writes to FILE's inode, through any file, until FILE is closed
   or calls file_allow_write(): a running program's executable must not
   change under it. */
void
file_deny_write (struct file *file)
{
  filesys_lock ();
  if (!file->denied_write)
    {
      file->denied_write = true;
      inode_deny_write (file->inode);
    }
  filesys_unlock ();
}

/* Undoes file_deny_write() on FILE. */
void
file_allow_write (struct file *file)
{
  filesys_lock ();
  if (file->denied_write)
    {
      file->denied_write = false;
      inode_allow_write (file->inode);
    }
  filesys_unlock ();
}

/* Moves FILE's position to POSITION, which may lie past the end (reads
   there return nothing, writes write nothing). */
void
file_seek (struct file *file, off_t position)
{
  file->pos = position;
}

off_t
file_tell (struct file *file)
{
  return file->pos;
}

/* FILE's size in bytes. */
off_t
file_length (struct file *file)
{
  return inode_length (file->inode);
}

/* FILE's inode, which FILE keeps open. */
struct inode *
file_get_inode (struct file *file)
{
  return file->inode;
}

#ifdef SOLUTION_FILESYS
/* Is FILE a directory? */
bool
file_is_dir (struct file *file)
{
  return inode_is_dir (file->inode);
}

/* FILE's inode number: the same for every file open on the same inode. */
int
file_inumber (struct file *file)
{
  return inode_get_inumber (file->inode);
}

/* For FILE, a directory: stores the next entry's name in NAME, the
   position keeping track; false when none is left. */
bool
file_readdir (struct file *file, char name[NAME_MAX + 1])
{
  bool found;

  filesys_lock ();
  found = dir_entry_next (file->inode, &file->pos, name);
  filesys_unlock ();
  return found;
}
#endif
