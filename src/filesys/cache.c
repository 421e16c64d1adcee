/* The buffer cache.  At most CACHE_SECTORS sectors of the file-system
   disk are held in memory; every read and write of the file system goes
   through here, so a sector used again and again costs one disk read.

   - Write-behind: a write only changes the copy in memory and marks it
     DIRTY.  Dirty sectors reach the disk only at cache_flush(), all
     together, through the redo log (log.c), which makes them reach the
     disk all or none.  The file system calls cache_flush() between
     operations only: every FLUSH_INTERVAL ticks, whenever half the
     slots are dirty (cache_should_flush()), and when it is unmounted,
     so at power-off.
   - Eviction: the clock algorithm, among clean slots (a dirty one waits
     for the next flush).  Each slot has an ACCESSED bit, set at every
     use; the hand sweeps the slots, clearing the bit, and takes the
     first clean slot whose bit was already clear.  A busy sector
     survives a sweep; one not used since the last sweep goes.  One
     operation dirties far fewer than half the slots, so a clean one is
     always there.
   - Read-ahead: a read that misses asks the read-ahead thread to fetch
     the next sector too, so a file read in order finds its next sector
     waiting.

   With -nocache (cache_read_through) a clean slot is never found again,
   so every read goes to the disk and nothing is read ahead; writes still
   wait in their slots for the flush, as the log needs.

   One lock guards the slots, and is held across the disk transfer of a
   slot being filled or written: simple, and the disk does one transfer
   at a time anyway. */
#ifdef SOLUTION_FILESYS
#include "filesys/cache.h"
#include <debug.h>
#include <stdbool.h>
#include <string.h>
#include "filesys/log.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Requests the read-ahead thread can have waiting. */
#define READ_AHEAD_QUEUE 8

struct slot
  {
    bool valid;                 /* Does DATA hold SECTOR? */
    bool dirty;                 /* Newer than the disk? */
    bool accessed;              /* Used since the clock hand passed? */
    block_sector_t sector;
    uint8_t data[BLOCK_SECTOR_SIZE];
  };

static struct block *disk;
static struct slot slots[CACHE_SECTORS];
static size_t hand;                     /* The clock hand. */
static size_t dirty_cnt;                /* Slots with DIRTY set. */
static struct lock cache_lock;
bool cache_read_through;

/* Sectors to read ahead: a ring, with a semaphore counting entries. */
static block_sector_t ahead[READ_AHEAD_QUEUE];
static size_t ahead_head, ahead_cnt;
static struct semaphore ahead_ready;

/* Starts an empty cache of DEVICE's sectors. */
void
cache_init (struct block *device)
{
  disk = device;
  lock_init (&cache_lock);
  sema_init (&ahead_ready, 0);
  ahead_head = ahead_cnt = 0;
  cache_forget ();
}

/* The slot holding SECTOR, or NULL.  Read-through, a clean copy does
   not count: the sector is read again into a slot of its own, and the
   stale copy is never found, so two copies do no harm. */
static struct slot *
lookup (block_sector_t sector)
{
  for (size_t i = 0; i < CACHE_SECTORS; i++)
    if (slots[i].valid && slots[i].sector == sector
        && (slots[i].dirty || !cache_read_through))
      return &slots[i];
  return NULL;
}

/* Frees a clean slot by the clock algorithm.  Two sweeps always find
   one, as long as fewer than all slots are dirty. */
static struct slot *
evict (void)
{
  for (size_t step = 0; step < 2 * CACHE_SECTORS; step++)
    {
      struct slot *slot = &slots[hand];
      hand = (hand + 1) % CACHE_SECTORS;
      if (!slot->valid)
        return slot;
      if (!slot->dirty && !slot->accessed)
        {
          slot->valid = false;
          return slot;
        }
      slot->accessed = false;
    }
  PANIC ("buffer cache: all %d sectors are dirty inside one operation",
         CACHE_SECTORS);
}

/* The slot for SECTOR, filled from disk unless FILL is false (the caller
   overwrites it all).  Sets *MISSED if it was not cached.  Needs the
   lock. */
static struct slot *
get (block_sector_t sector, bool fill, bool *missed)
{
  struct slot *slot = lookup (sector);

  *missed = slot == NULL;
  if (slot == NULL)
    {
      slot = evict ();
      slot->sector = sector;
      slot->dirty = false;
      if (fill)
        block_read (disk, sector, slot->data);
      slot->valid = true;
    }
  slot->accessed = true;
  return slot;
}

/* Asks the read-ahead thread for SECTOR, unless the queue is full (the
   read-ahead is a hint: dropping it is harmless).  Needs the lock. */
static void
request_read_ahead (block_sector_t sector)
{
  if (sector < block_size (disk) && ahead_cnt < READ_AHEAD_QUEUE)
    {
      ahead[(ahead_head + ahead_cnt++) % READ_AHEAD_QUEUE] = sector;
      sema_up (&ahead_ready);
    }
}

/* Copies SIZE bytes at offset OFS of SECTOR into BUFFER. */
void
cache_read (block_sector_t sector, void *buffer, size_t ofs, size_t size)
{
  bool missed;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  lock_acquire (&cache_lock);
  memcpy (buffer, get (sector, true, &missed)->data + ofs, size);
  if (missed && !cache_read_through)
    request_read_ahead (sector + 1);
  lock_release (&cache_lock);
}

/* Copies SIZE bytes of BUFFER to offset OFS of SECTOR.  A whole-sector
   write never reads the disk. */
void
cache_write (block_sector_t sector, const void *buffer, size_t ofs,
             size_t size)
{
  struct slot *slot;
  bool missed;

  ASSERT (ofs + size <= BLOCK_SECTOR_SIZE);
  lock_acquire (&cache_lock);
  slot = get (sector, size < BLOCK_SECTOR_SIZE, &missed);
  memcpy (slot->data + ofs, buffer, size);
  if (!slot->dirty)
    dirty_cnt++;
  slot->dirty = true;
  lock_release (&cache_lock);
}

/* Fills SECTOR with zeros, without reading it first. */
void
cache_zero (block_sector_t sector)
{
  static const uint8_t zeros[BLOCK_SECTOR_SIZE];
  cache_write (sector, zeros, 0, BLOCK_SECTOR_SIZE);
}

/* Writes every dirty sector to disk, all at once through the log.  Call
   only between operations, so that the disk is left consistent. */
void
cache_flush (void)
{
  static block_sector_t home[CACHE_SECTORS];    /* Under the lock. */
  static uint8_t *data[CACHE_SECTORS];
  size_t cnt = 0;

  lock_acquire (&cache_lock);
  for (size_t i = 0; i < CACHE_SECTORS; i++)
    if (slots[i].valid && slots[i].dirty)
      {
        home[cnt] = slots[i].sector;
        data[cnt++] = slots[i].data;
      }
  log_commit (disk, cnt, home, data);
  for (size_t i = 0; i < CACHE_SECTORS; i++)
    slots[i].dirty = false;
  dirty_cnt = 0;
  lock_release (&cache_lock);
}

/* Is it time for a flush: are half the slots dirty? */
bool
cache_should_flush (void)
{
  return dirty_cnt >= CACHE_SECTORS / 2;
}

/* Drops every sector, dirty or not: for a disk about to be formatted or
   mounted afresh.  Flush first to keep what was written. */
void
cache_forget (void)
{
  for (size_t i = 0; i < CACHE_SECTORS; i++)
    slots[i].valid = slots[i].dirty = false;
  hand = 0;
  dirty_cnt = 0;
}

/* The read-ahead thread: fetches each requested sector into the cache
   unless it is there already. */
static void
reader (void *aux UNUSED)
{
  for (;;)
    {
      bool missed;
      sema_down (&ahead_ready);
      lock_acquire (&cache_lock);
      block_sector_t sector = ahead[ahead_head];
      ahead_head = (ahead_head + 1) % READ_AHEAD_QUEUE;
      ahead_cnt--;
      get (sector, true, &missed);
      lock_release (&cache_lock);
    }
}

/* Starts the read-ahead thread. */
void
cache_start_read_ahead (void)
{
  thread_create ("read-ahead", PRI_DEFAULT, reader, NULL);
}
#endif /* SOLUTION_FILESYS */
