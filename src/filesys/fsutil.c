/* The file actions of the kernel command line.  Files travel in and out
   of the machine on the scratch disk, which holds a ustar archive
   starting at sector 0 (the runner reads and writes it with Python's
   tarfile): `extract` copies every member into the file system, `append`
   adds a file at the end of the archive for the runner to take out.
   Every problem is reported and the action gives up; none is fatal. */
#include "filesys/fsutil.h"
#include <debug.h>
#include <inttypes.h>
#include <round.h>
#include <stdio.h>
#include <string.h>
#include <ustar.h>
#include "devices/block.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/malloc.h"

static void
print_entry (const char *name, off_t size, void *count)
{
  printf ("  %-14s %8" PRDoff " bytes\n", name, size);
  ++*(int *) count;
}

/* ls: lists the files of the root directory with their sizes. */
void
fsutil_ls (char **argv UNUSED)
{
  int count = 0;

  printf ("Files in the root directory:\n");
  if (filesys_list (print_entry, &count))
    printf ("%d file%s.\n", count, count == 1 ? "" : "s");
  else
    printf ("ls: the file system is not mounted\n");
}

/* cat FILE: prints FILE as a hex dump with its printable bytes. */
void
fsutil_cat (char **argv)
{
  struct file *file = filesys_open (argv[1]);
  uint8_t *buffer = malloc (BLOCK_SECTOR_SIZE);
  off_t ofs = 0, length;

  if (file != NULL && buffer != NULL)
    {
      printf ("Contents of '%s':\n", argv[1]);
      while ((length = file_read (file, buffer, BLOCK_SECTOR_SIZE)) > 0)
        {
          hex_dump (ofs, buffer, length, true);
          ofs += length;
        }
    }
  else
    printf ("cat: cannot open '%s'\n", argv[1]);
  free (buffer);
  file_close (file);
}

/* rm FILE: deletes FILE. */
void
fsutil_rm (char **argv)
{
  if (filesys_remove (argv[1]))
    printf ("Deleted '%s'.\n", argv[1]);
  else
    printf ("rm: cannot delete '%s'\n", argv[1]);
}

/* Finds the scratch disk, or says there is none. */
static struct block *
scratch_disk (const char *action)
{
  struct block *scratch = block_get_role (BLOCK_SCRATCH);

  if (scratch == NULL)
    printf ("%s: no scratch disk\n", action);
  return scratch;
}

/* Reads the archive header at *SECTOR of SCRATCH into *MEMBER, using
   BUFFER (one sector).  For a member, moves *SECTOR past the header and
   checks that the member's data lies on the disk.  Says what is wrong,
   prefixed by ACTION, if the archive is bad. */
static enum ustar_result
read_header (const char *action, struct block *scratch,
             block_sector_t *sector, struct ustar_member *member,
             void *buffer)
{
  const char *error = "archive does not end before the end of the disk";
  enum ustar_result result = USTAR_BAD;

  if (*sector < block_size (scratch))
    {
      block_read (scratch, *sector, buffer);
      result = ustar_parse (buffer, member, &error);
    }
  if (result == USTAR_MEMBER)
    {
      ++*sector;
      if (DIV_ROUND_UP (member->size, BLOCK_SECTOR_SIZE)
          > block_size (scratch) - *sector)
        {
          error = "member runs past the end of the disk";
          result = USTAR_BAD;
        }
    }
  if (result == USTAR_BAD)
    printf ("%s: bad archive on %s at sector %" PRIu32 ": %s\n", action,
            block_name (scratch), *sector, error);
  return result;
}

/* Copies MEMBER, whose data starts at SECTOR of SCRATCH, into a new file
   of the same name, using BUFFER (one sector). */
static void
extract_file (struct block *scratch, block_sector_t sector,
              const struct ustar_member *member, uint8_t *buffer)
{
  struct file *file;
  off_t done = 0, size = member->size;

  printf ("Putting '%s' into the file system...\n", member->name);
  if (member->size > INT32_MAX || !filesys_create (member->name, size))
    {
      printf ("extract: cannot create '%s' (bad name, name taken, or "
              "file system full)\n", member->name);
      return;
    }
  file = filesys_open (member->name);
  while (file != NULL && done < size)
    {
      off_t chunk = size - done < BLOCK_SECTOR_SIZE ? size - done
                                                    : BLOCK_SECTOR_SIZE;
      block_read (scratch, sector++, buffer);
      if (file_write (file, buffer, chunk) != chunk)
        break;
      done += chunk;
    }
  if (done < size)
    printf ("extract: could not write all of '%s'\n", member->name);
  file_close (file);
}

/* Writes zeros over sectors FIRST and FIRST + 1 of SCRATCH, if it has
   them: two zero blocks end a ustar archive. */
static void
end_archive (struct block *scratch, block_sector_t first, uint8_t *buffer)
{
  memset (buffer, 0, BLOCK_SECTOR_SIZE);
  for (block_sector_t s = first; s < first + 2 && s < block_size (scratch);
       s++)
    block_write (scratch, s, buffer);
}

/* extract: copies every regular file of the scratch disk's archive into
   the file system, then empties the archive, so that files appended
   later are the only ones the runner finds. */
void
fsutil_extract (char **argv UNUSED)
{
  struct block *scratch = scratch_disk ("extract");
  uint8_t *buffer = malloc (BLOCK_SECTOR_SIZE);
  struct ustar_member member;
  block_sector_t sector = 0;
  enum ustar_result result;

  if (scratch == NULL || buffer == NULL)
    {
      free (buffer);
      return;
    }
  printf ("Extracting ustar archive from scratch disk %s...\n",
          block_name (scratch));
  while ((result = read_header ("extract", scratch, &sector, &member,
                                buffer)) == USTAR_MEMBER)
    {
      if (member.type == USTAR_REGULAR)
        extract_file (scratch, sector, &member, buffer);
      else
        printf ("extract: skipping '%s': not a regular file\n", member.name);
      sector += DIV_ROUND_UP (member.size, BLOCK_SECTOR_SIZE);
    }
  if (result == USTAR_END)
    {
      end_archive (scratch, 0, buffer);
      printf ("Extraction complete.\n");
    }
  free (buffer);
}

/* Copies FILE's LENGTH bytes to SCRATCH from sector FIRST, padding the
   last sector with zeros. */
static bool
copy_out (struct file *file, off_t length, struct block *scratch,
          block_sector_t first, uint8_t *buffer)
{
  for (off_t ofs = 0; ofs < length; ofs += BLOCK_SECTOR_SIZE)
    {
      off_t chunk = length - ofs < BLOCK_SECTOR_SIZE ? length - ofs
                                                     : BLOCK_SECTOR_SIZE;
      memset (buffer, 0, BLOCK_SECTOR_SIZE);
      if (file_read_at (file, buffer, chunk, ofs) != chunk)
        return false;
      block_write (scratch, first++, buffer);
    }
  return true;
}

/* append FILE: adds FILE as the last member of the scratch disk's
   archive (an empty disk is an empty archive). */
void
fsutil_append (char **argv)
{
  const char *name = argv[1];
  struct block *scratch = scratch_disk ("append");
  struct file *file = filesys_open (name);
  uint8_t *buffer = malloc (BLOCK_SECTOR_SIZE);
  struct ustar_member member;
  block_sector_t end = 0;
  enum ustar_result result;
  off_t length;

  if (scratch == NULL || buffer == NULL || file == NULL)
    {
      if (file == NULL)
        printf ("append: cannot open '%s'\n", name);
      goto done;
    }

  /* Find the end of the archive. */
  while ((result = read_header ("append", scratch, &end, &member, buffer))
         == USTAR_MEMBER)
    end += DIV_ROUND_UP (member.size, BLOCK_SECTOR_SIZE);
  if (result == USTAR_BAD)
    goto done;

  /* Header, data, and two zero blocks must fit. */
  length = file_length (file);
  printf ("Appending '%s' to ustar archive on scratch disk %s...\n", name,
          block_name (scratch));
  if ((block_sector_t) (1 + DIV_ROUND_UP (length, BLOCK_SECTOR_SIZE) + 2)
      > block_size (scratch) - end)
    printf ("append: no room for '%s' on %s\n", name, block_name (scratch));
  else if (!ustar_make_header (buffer, name, USTAR_REGULAR, length))
    printf ("append: cannot name a member '%s'\n", name);
  else
    {
      block_write (scratch, end, buffer);
      if (copy_out (file, length, scratch, end + 1, buffer))
        end_archive (scratch,
                     end + 1 + DIV_ROUND_UP (length, BLOCK_SECTOR_SIZE),
                     buffer);
      else
        printf ("append: cannot read '%s'\n", name);
    }

 done:
  file_close (file);
  free (buffer);
}
