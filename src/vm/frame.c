/* The frame table and eviction.

   Every user page that is in memory sits in a frame: a page of the user
   pool, taken with palloc_get_page (PAL_USER). The frames form a ring,
   which the clock hand walks when the pool is empty and a frame must be
   taken back from some page (second chance): a frame whose pages were
   used since the hand last passed (the CPU set their accessed bits) has
   its bits cleared and is passed over; the first one that was not used
   is the victim. Its page goes where it can be found again:

   - a clean page that came from a file, or all zeros, is just dropped:
     the next fault reads it again;
   - a page of an mmap'ed file that was written goes back to the file;
   - any other page that was written, and any page already in swap once,
     goes to swap.

   The accessed and dirty bits that count are those of the user's page
   table entries. The kernel reaches user pages through its own mapping
   of the frame (a second, "alias" entry, whose bits the CPU sets
   instead), so whatever writes through the alias (a read () system
   call) marks the user's entry dirty itself: see page_pin_page ().

   A read-only page of an executable is shared: every process running the
   same file maps the same frame, found by (executable, user address),
   and the frame is counted once. Evicting it unmaps it everywhere.

   A private writable page (data, stack) has no home but a frame or a
   swap slot, so the kernel promises no more of them than there are
   frames and slots, less a reserve: see frame_commit ().

   One lock, the paging lock, guards the frames, the swap slots and the
   residence of every page. It is held across the disk I/O of a fault or
   an eviction, so that no one sees a page half in and half out; the file
   system's lock is only ever taken inside it, never the other way round,
   because system calls bring in and pin the pages of their buffers
   before they call the file system (userprog/uaccess.c). */
#ifdef SOLUTION_VM
#include "vm/frame.h"
#include <debug.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "vm/page.h"
#include "vm/stats.h"
#include "vm/swap.h"

static struct lock lock;
static struct list frames;              /* The ring the clock hand walks. */
static struct list_elem *hand;          /* The next frame it looks at. */
static size_t frame_cnt;

/* Frames kept out of the promises: enough for any one instruction's
   pages, and then some, so that a running process always finds a frame
   it may evict (a clean page, or one that swap has room for) and never
   loses the one page it needs to the other. */
#define RESERVE_FRAMES 16

/* How many private writable pages there may be, and are. */
static size_t commit_limit;
static size_t committed;

/* Sets up the frame table and swap. Called once, before the first
   process starts. */
void
frame_init (void)
{
  lock_init (&lock);
  list_init (&frames);
  hand = list_end (&frames);
  swap_init ();
  size_t capacity = palloc_free_count (PAL_USER) + swap_slot_count ();
  commit_limit = capacity > RESERVE_FRAMES ? capacity - RESERVE_FRAMES : 0;
}

/* Promises a home to one more private writable page. Returns false if
   memory and swap are fully promised: the page must not be made, so
   that a program fails to load, or its stack to grow, rather than a
   running process finding no frame for a page it has. */
bool
frame_commit (void)
{
  paging_lock ();
  bool ok = committed < commit_limit;
  if (ok)
    committed++;
  paging_unlock ();
  return ok;
}

/* Takes back one promise of frame_commit (). */
void
frame_uncommit (void)
{
  paging_lock ();
  ASSERT (committed > 0);
  committed--;
  paging_unlock ();
}

void
paging_lock (void)
{
  lock_acquire (&lock);
}

void
paging_unlock (void)
{
  lock_release (&lock);
}

/* Returns how many frames hold pages, for the leak check. */
size_t
frame_count (void)
{
  return frame_cnt;
}

/* Opens the executable NAME as exec names it (in the filesys phase, a
   path from the current directory), and stores in *ID what identifies
   the file while it is open (its inode's sector), the key under which
   its read-only pages are shared. */
struct file *
frame_open_executable (const char *name, block_sector_t *id)
{
  struct file *file = filesys_open (name);
  *id = file != NULL ? inode_get_inumber (file_get_inode (file)) : SHARE_NONE;
  return file;
}

/* Moves the clock hand one frame on and returns the frame it was on. */
static struct frame *
clock_advance (void)
{
  if (hand == list_end (&frames))
    hand = list_begin (&frames);
  struct frame *f = list_entry (hand, struct frame, elem);
  hand = list_next (hand);
  return f;
}

/* Returns true if any page in F was used since the last call, clearing
   the accessed bits: its second chance. */
static bool
take_accessed (struct frame *f)
{
  bool accessed = false;
  for (struct list_elem *e = list_begin (&f->pages); e != list_end (&f->pages);
       e = list_next (e))
    {
      struct page *p = list_entry (e, struct page, frame_elem);
      if (pagedir_is_accessed (p->pagedir, p->upage))
        {
          accessed = true;
          pagedir_set_accessed (p->pagedir, p->upage, false);
        }
    }
  return accessed;
}

/* Unmaps P from its frame, which keeps its contents, and returns whether
   the user wrote to it. The entry goes first, the dirty bit is read
   after: a write between the two would otherwise be lost. */
static bool
unmap (struct page *p)
{
  pagedir_clear_page (p->pagedir, p->upage);
  return pagedir_is_dirty (p->pagedir, p->upage);
}

/* Writes P, whose contents are at KPAGE, back to its mmap'ed file. */
static void
write_back (struct page *p, const void *kpage)
{
  file_write_at (p->file, (const uint8_t *) kpage + p->page_offset,
                 p->read_bytes, p->file_offset);
}

/* Saves the page P of the frame F, unmapped and written to if DIRTY,
   where its next fault will find it. Returns false if it needs swap and
   swap is full. */
static bool
save (struct page *p, struct frame *f, bool dirty)
{
  if (p->write_back)
    {
      if (dirty)
        write_back (p, f->kpage);
    }
  else if (dirty || p->anonymous)
    {
      size_t slot = swap_alloc ();
      if (slot == SWAP_NONE)
        return false;
      swap_write (slot, f->kpage);
      p->swap_slot = slot;
      p->anonymous = true;
      vm_stats.swap_outs++;
    }
  return true;
}

/* Takes frame F away from its pages, saving what must be saved. Returns
   false, leaving F as it was, if that needs a swap slot and none is
   free. */
static bool
evict (struct frame *f)
{
  struct page *first = list_entry (list_front (&f->pages), struct page,
                                   frame_elem);
  bool dirty = false;
  for (struct list_elem *e = list_begin (&f->pages); e != list_end (&f->pages);
       e = list_next (e))
    dirty |= unmap (list_entry (e, struct page, frame_elem));

  /* A shared frame is read-only and always clean: dropping it is enough. */
  if (f->share_id == SHARE_NONE && !save (first, f, dirty))
    {
      /* Nowhere to put it: map it again, still dirty. */
      if (!pagedir_set_page (first->pagedir, first->upage, f->kpage,
                             first->writable))
        NOT_REACHED ();         /* Its page table exists. */
      pagedir_set_dirty (first->pagedir, first->upage, dirty);
      return false;
    }
  while (!list_empty (&f->pages))
    list_entry (list_pop_front (&f->pages), struct page, frame_elem)->frame = NULL;
  f->share_id = SHARE_NONE;
  vm_stats.evictions++;
  return true;
}

/* Returns a frame taken from other pages by the clock, or NULL if every
   frame is pinned or cannot be saved. Two full turns are enough: the
   first clears the accessed bits that the second then finds clear. */
static struct frame *
evict_some_frame (void)
{
  for (size_t i = 0; i < 2 * frame_cnt + 1; i++)
    {
      struct frame *f = clock_advance ();
      if (f->pins == 0 && !take_accessed (f) && evict (f))
        return f;
    }
  return NULL;
}

/* Returns an empty frame: a new one while the user pool lasts, then one
   taken back from other pages. NULL if there is none to be had. */
static struct frame *
get_frame (void)
{
  void *kpage = palloc_get_page (PAL_USER);
  if (kpage == NULL)
    return frame_cnt > 0 ? evict_some_frame () : NULL;
  struct frame *f = malloc (sizeof *f);
  if (f == NULL)
    {
      palloc_free_page (kpage);
      return NULL;
    }
  f->kpage = kpage;
  list_init (&f->pages);
  f->pins = 0;
  f->share_id = SHARE_NONE;
  /* Just behind the hand: the last frame it will look at. */
  list_insert (hand, &f->elem);
  frame_cnt++;
  return f;
}

/* Gives frame F back to the user pool. */
static void
free_frame (struct frame *f)
{
  ASSERT (list_empty (&f->pages) && f->pins == 0);
  if (hand == &f->elem)
    hand = list_next (hand);
  list_remove (&f->elem);
  frame_cnt--;
  palloc_free_page (f->kpage);
  free (f);
}

/* Fills KPAGE with the contents of P, from swap, its file or zeros.
   Returns false if the file is shorter than P needs. */
static bool
fill (struct page *p, void *kpage)
{
  if (p->swap_slot != SWAP_NONE)
    {
      swap_read (p->swap_slot, kpage);
      p->swap_slot = SWAP_NONE;
      vm_stats.swap_ins++;
      return true;
    }
  memset (kpage, 0, PGSIZE);
  return (p->file == NULL || p->read_bytes == 0
          || file_read_at (p->file, (uint8_t *) kpage + p->page_offset,
                           p->read_bytes, p->file_offset) == p->read_bytes);
}

/* Maps P to frame F in its page directory. */
static bool
map (struct page *p, struct frame *f)
{
  if (!pagedir_set_page (p->pagedir, p->upage, f->kpage, p->writable))
    return false;
  list_push_back (&f->pages, &p->frame_elem);
  p->frame = f;
  return true;
}

/* Returns the frame that holds the page shared as P, or NULL. */
static struct frame *
find_shared (const struct page *p)
{
  if (p->share_id == SHARE_NONE)
    return NULL;
  for (struct list_elem *e = list_begin (&frames); e != list_end (&frames);
       e = list_next (e))
    {
      struct frame *f = list_entry (e, struct frame, elem);
      if (f->share_id == p->share_id && f->share_upage == p->upage)
        return f;
    }
  return NULL;
}

/* Brings page P, which is not in memory, into a frame and maps it.
   Returns false if no frame can be had (out of memory) or its file
   cannot be read. Call with the paging lock held. */
bool
frame_load (struct page *p)
{
  ASSERT (p->frame == NULL);
  vm_stats.page_faults++;
  struct frame *f = find_shared (p);
  if (f != NULL)
    {
      vm_stats.shared++;
      return map (p, f);
    }
  f = get_frame ();
  if (f == NULL)
    return false;
  if (!fill (p, f->kpage) || !map (p, f))
    {
      free_frame (f);
      return false;
    }
  f->share_id = p->share_id;
  f->share_upage = p->upage;
  return true;
}

/* Unmaps page P, which is going away, from its frame, writing it back
   first if it is a written page of an mmap'ed file. The frame is freed
   once no page uses it. Call with the paging lock held. */
void
frame_release (struct page *p)
{
  struct frame *f = p->frame;
  if (unmap (p) && p->write_back)
    write_back (p, f->kpage);
  list_remove (&p->frame_elem);
  p->frame = NULL;
  if (list_empty (&f->pages))
    free_frame (f);
}
#endif /* SOLUTION_VM */
