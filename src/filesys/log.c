/* The redo log: how the file system survives a power cut.

   The buffer cache never writes a changed sector straight to its place
   on disk (its "home").  Changes pile up in the cache, and every so
   often, always between two file-system operations, the cache commits
   all of them at once with log_commit():

     1. each changed sector is written to the log, the sectors right
        after LOG_HEADER_SECTOR;
     2. the log header is written, listing where each logged sector
        belongs: this one write is the commit point;
     3. each changed sector is written to its home;
     4. the header is written again with a count of 0: the log is empty.

   A power cut before step 2 leaves the homes as they were after the last
   commit (the log's sectors are garbage, but the header says it is
   empty).  A cut after step 2 leaves a full log, and the next mount
   replays it (log_recover() does steps 3 and 4 again), so the homes end
   up as they were meant to be.  Either way the disk holds the file system
   as some commit left it: consistent, whatever the operations did in
   between, because a commit never falls inside an operation.  What was
   committed before the cut survives; what came after it is lost. */
#ifdef SOLUTION_FILESYS
#include "filesys/log.h"
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "filesys/layout.h"
#include "threads/malloc.h"

/* Writes HEADER with COUNT logged sectors. */
static void
write_header (struct block *disk, struct log_header *header, size_t count)
{
  header->magic = LOG_MAGIC;
  header->count = count;
  block_write (disk, LOG_HEADER_SECTOR, header);
}

/* Writes an empty log to DISK, when formatting it. */
void
log_format (struct block *disk)
{
  struct log_header *header = calloc (1, sizeof *header);

  if (header != NULL)
    write_header (disk, header, 0);
  free (header);
}

/* Writes the CNT sectors DATA[I], each of BLOCK_SECTOR_SIZE bytes, to
   their homes HOME[I] on DISK, all or nothing, by the protocol above. */
void
log_commit (struct block *disk, size_t cnt, const block_sector_t home[],
            uint8_t *const data[])
{
  static struct log_header header;      /* Only the cache lock's holder. */

  if (cnt == 0)
    return;
  for (size_t i = 0; i < cnt; i++)
    block_write (disk, LOG_HEADER_SECTOR + 1 + i, data[i]);
  memset (&header, 0, sizeof header);
  memcpy (header.home, home, cnt * sizeof *home);
  write_header (disk, &header, cnt);
  for (size_t i = 0; i < cnt; i++)
    block_write (disk, home[i], data[i]);
  write_header (disk, &header, 0);
}

/* Is HEADER a log that can be replayed on a file system of SECTOR_CNT
   sectors?  Says what is wrong if not. */
static bool
header_valid (const struct log_header *header, block_sector_t sector_cnt)
{
  if (header->magic != LOG_MAGIC || header->count > LOG_SECTORS)
    {
      printf ("filesys: the log header is corrupt\n");
      return false;
    }
  for (size_t i = 0; i < header->count; i++)
    if (header->home[i] == SUPERBLOCK_SECTOR
        || (header->home[i] >= LOG_HEADER_SECTOR
            && header->home[i] < FIRST_DATA_SECTOR)
        || header->home[i] >= sector_cnt)
      {
        printf ("filesys: log entry %zu belongs in sector %" PRIu32
                ", where nothing may be logged\n", i, header->home[i]);
        return false;
      }
  return true;
}

/* Finishes a commit that a power cut interrupted, if the log on DISK (a
   file system of SECTOR_CNT sectors) holds one.  Returns false, with a
   message, if the log is corrupt. */
bool
log_recover (struct block *disk, block_sector_t sector_cnt)
{
  struct log_header *header = malloc (sizeof *header);
  uint8_t *data = malloc (BLOCK_SECTOR_SIZE);
  bool ok = header != NULL && data != NULL;

  if (ok)
    {
      block_read (disk, LOG_HEADER_SECTOR, header);
      ok = header_valid (header, sector_cnt);
    }
  if (ok && header->count > 0)
    {
      printf ("filesys: replaying %" PRIu32 " sectors from the log\n",
              header->count);
      for (size_t i = 0; i < header->count; i++)
        {
          block_read (disk, LOG_HEADER_SECTOR + 1 + i, data);
          block_write (disk, header->home[i], data);
        }
      write_header (disk, header, 0);
    }
  free (header);
  free (data);
  return ok;
}
#endif /* SOLUTION_FILESYS */
