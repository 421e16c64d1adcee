/* Swap slots.

   The swap disk (IDE channel 1, slave: the runner's --swap-size) is cut
   into slots of one page each, eight sectors. A bitmap says which slots
   hold a page. A page goes out to a free slot when its frame is evicted
   and comes back on its next fault, which frees the slot again: a slot
   belongs to exactly one page of one process at a time.

   Without a swap disk there are no slots: pages that need one simply
   cannot be evicted. Every function here runs with the paging lock held
   (see frame.c), which also guards the bitmap. */
#ifdef SOLUTION_VM
#include "vm/swap.h"
#include <bitmap.h>
#include <debug.h>
#include "devices/block.h"
#include "threads/vaddr.h"

#define SECTORS_PER_SLOT (PGSIZE / BLOCK_SECTOR_SIZE)

static struct block *swap_disk;
static struct bitmap *used_slots;

/* Finds the swap disk, if there is one, and marks every slot free.
   Called once, before the first process starts. */
void
swap_init (void)
{
  swap_disk = block_get_role (BLOCK_SWAP);
  size_t slots = swap_disk != NULL ? block_size (swap_disk) / SECTORS_PER_SLOT : 0;
  used_slots = bitmap_create (slots);
  if (used_slots == NULL)
    PANIC ("no memory for the bitmap of %zu swap slots", slots);
}

/* Takes a free slot and returns it, or SWAP_NONE if all are used. */
size_t
swap_alloc (void)
{
  size_t slot = bitmap_scan_and_flip (used_slots, 0, 1, false);
  return slot != BITMAP_ERROR ? slot : SWAP_NONE;
}

/* Writes the page at KPAGE into SLOT. */
void
swap_write (size_t slot, const void *kpage)
{
  ASSERT (bitmap_test (used_slots, slot));
  for (size_t i = 0; i < SECTORS_PER_SLOT; i++)
    block_write (swap_disk, slot * SECTORS_PER_SLOT + i,
                 (const uint8_t *) kpage + i * BLOCK_SECTOR_SIZE);
}

/* Reads SLOT into the page at KPAGE and frees the slot. */
void
swap_read (size_t slot, void *kpage)
{
  ASSERT (bitmap_test (used_slots, slot));
  for (size_t i = 0; i < SECTORS_PER_SLOT; i++)
    block_read (swap_disk, slot * SECTORS_PER_SLOT + i,
                (uint8_t *) kpage + i * BLOCK_SECTOR_SIZE);
  swap_free (slot);
}

/* Frees SLOT without reading it: its page is gone. */
void
swap_free (size_t slot)
{
  ASSERT (bitmap_test (used_slots, slot));
  bitmap_reset (used_slots, slot);
}

/* Returns how many slots there are. */
size_t
swap_slot_count (void)
{
  return bitmap_size (used_slots);
}

/* Returns how many slots hold a page, for the leak check. */
size_t
swap_used (void)
{
  return bitmap_count (used_slots, 0, bitmap_size (used_slots), true);
}
#endif /* SOLUTION_VM */
