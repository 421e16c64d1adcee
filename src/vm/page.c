/* The supplemental page table and page faults.

   A process's address space is a hash table of struct page, one for
   every user page it may touch: the pages of its executable (made by the
   loader, nothing read yet), its stack and the pages of the files it
   mmap'ed. A page is brought into memory on the first access, by the
   page-fault handler for the process, or by the kernel itself when a
   system call touches a user buffer; from then on, until the frame is
   evicted, the CPU's page table maps it.

   A fault at an address with no struct page is a bad access, and kills
   the process, unless it is just below the stack pointer, inside the
   stack's region (STACK_MAX): then the stack grows by a zeroed page.

   Only the process itself adds and removes its pages, so the table needs
   no lock; which frame or swap slot holds a page is another matter, as
   other processes' evictions change that: see frame.c. */
#ifdef SOLUTION_VM
#include "vm/page.h"
#include <debug.h>
#include "threads/malloc.h"
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/pagedir.h"
#include "userprog/process.h"
#include "vm/frame.h"
#include "vm/swap.h"

static unsigned
page_hash (const struct hash_elem *e, void *aux UNUSED)
{
  return hash_int ((uintptr_t) hash_entry (e, struct page, table_elem)->upage >> PGBITS);
}

static bool
page_less (const struct hash_elem *a, const struct hash_elem *b,
           void *aux UNUSED)
{
  return (hash_entry (a, struct page, table_elem)->upage
          < hash_entry (b, struct page, table_elem)->upage);
}

/* Makes PAGES an empty page table. Returns false if memory ran out. */
bool
page_table_init (struct hash *pages)
{
  return hash_init (pages, page_hash, page_less, NULL);
}

/* Lets go of everything page P holds (frame, swap slot), writing it back
   to its file if it is mmap'ed and dirty, and frees it. */
static void
page_free (struct hash_elem *e, void *aux UNUSED)
{
  struct page *p = hash_entry (e, struct page, table_elem);
  paging_lock ();
  if (p->frame != NULL)
    frame_release (p);
  if (p->swap_slot != SWAP_NONE)
    swap_free (p->swap_slot);
  paging_unlock ();
  if (p->committed)
    frame_uncommit ();
  free (p);
}

/* Frees every page of PAGES and the table itself. */
void
page_table_destroy (struct hash *pages)
{
  hash_destroy (pages, page_free);
}

/* Adds to PAGES a page at UPAGE, all zeros for a start, writable if
   WRITABLE; the caller may then say where its contents come from. A
   page that has no file to go back to (PRIVATE: stack, data, bss, but
   not mmap) needs a frame or swap slot of its own, which must be
   promised (frame_commit). Returns NULL if UPAGE is taken or memory ran
   out. */
struct page *
page_add (struct hash *pages, void *upage, bool writable, bool private)
{
  ASSERT (pg_ofs (upage) == 0 && is_user_vaddr (upage));
  struct page *p = calloc (1, sizeof *p);
  if (p == NULL)
    return NULL;
  p->committed = private;
  if (p->committed && !frame_commit ())
    {
      free (p);
      return NULL;
    }
  p->upage = upage;
  p->pagedir = thread_current ()->pagedir;
  p->writable = writable;
  p->share_id = SHARE_NONE;
  p->swap_slot = SWAP_NONE;
  if (hash_insert (pages, &p->table_elem) != NULL)
    {
      page_free (&p->table_elem, NULL);
      return NULL;
    }
  return p;
}

/* Returns the page of PAGES that holds UADDR, or NULL. */
struct page *
page_find (struct hash *pages, const void *uaddr)
{
  struct page key;
  key.upage = pg_round_down (uaddr);
  struct hash_elem *e = hash_find (pages, &key.table_elem);
  return e != NULL ? hash_entry (e, struct page, table_elem) : NULL;
}

/* Removes page P from PAGES and frees it, as page_free () says. */
void
page_remove (struct hash *pages, struct page *p)
{
  hash_delete (pages, &p->table_elem);
  page_free (&p->table_elem, NULL);
}

/* Is UADDR where the stack may grow, for a process whose stack pointer
   is ESP? */
static bool
in_stack_reach (const void *uaddr, const void *esp)
{
  const uint8_t *addr = uaddr;
  return (addr < (const uint8_t *) PHYS_BASE
          && addr >= (const uint8_t *) PHYS_BASE - STACK_MAX
          && addr + STACK_SLACK >= (const uint8_t *) esp);
}

/* Returns the running process's page that holds UADDR, making a new
   stack page for it if the stack may grow there (ESP is the user's stack
   pointer); NULL if UADDR is not the process's to touch. */
static struct page *
find_or_grow (const void *uaddr, const void *esp)
{
  struct hash *pages = &thread_current ()->process->pages;
  if (!is_user_vaddr (uaddr))
    return NULL;
  struct page *p = page_find (pages, uaddr);
  if (p == NULL && in_stack_reach (uaddr, esp))
    p = page_add (pages, pg_round_down (uaddr), true, true);
  return p;
}

/* Brings P into memory unless it is there. Returns false if it cannot
   be. Call with the paging lock held. */
static bool
make_resident (struct page *p)
{
  return p->frame != NULL || frame_load (p);
}

/* Handles a page fault of the running process at UADDR, where the page
   was not present; ESP is the user's stack pointer at the fault. Returns
   true if the page is now there, false if the access was bad or memory
   ran out: the process must die. */
bool
page_fault_in (const void *uaddr, const void *esp)
{
  struct page *p = find_or_grow (uaddr, esp);
  if (p == NULL)
    return false;
  paging_lock ();
  bool ok = make_resident (p);
  paging_unlock ();
  return ok;
}

/* May the running process read UADDR, or write it if WRITE? True for
   pages it has, loaded or not, and for where its stack may grow (below
   the stack pointer saved at the system call's entry). */
bool
page_is_valid (const void *uaddr, bool write)
{
  struct process *proc = thread_current ()->process;
  if (!is_user_vaddr (uaddr))
    return false;
  struct page *p = page_find (&proc->pages, uaddr);
  if (p == NULL)
    return in_stack_reach (uaddr, proc->user_esp);
  return p->writable || !write;
}

/* Brings page P in and pins its frame, so that it stays until
   page_unpin_page (), and returns the frame's kernel address, or NULL
   if memory ran out. If WRITE, the kernel is going to write through that
   address, which the CPU does not record in the user's entry: mark the
   page dirty now. */
void *
page_pin_page (struct page *p, bool write)
{
  paging_lock ();
  bool ok = make_resident (p);
  if (ok)
    {
      p->frame->pins++;
      pagedir_set_accessed (p->pagedir, p->upage, true);
      if (write)
        pagedir_set_dirty (p->pagedir, p->upage, true);
    }
  paging_unlock ();
  /* Pinned, the frame cannot change under us any more. */
  return ok ? p->frame->kpage : NULL;
}

void
page_unpin_page (struct page *p)
{
  paging_lock ();
  ASSERT (p->frame != NULL && p->frame->pins > 0);
  p->frame->pins--;
  paging_unlock ();
}

/* Returns the kernel address of the running process's user address
   UADDR, with its page brought in and pinned; NULL if UADDR is not the
   process's memory (writable, if WRITE), or memory ran out. Undo with
   page_unpin (). */
void *
page_pin (const void *uaddr, bool write)
{
  struct page *p = find_or_grow (uaddr, thread_current ()->process->user_esp);
  if (p == NULL || (write && !p->writable))
    return NULL;
  uint8_t *kpage = page_pin_page (p, write);
  return kpage != NULL ? kpage + pg_ofs (uaddr) : NULL;
}

/* Unpins the page of UADDR, which page_pin () pinned. */
void
page_unpin (const void *uaddr)
{
  page_unpin_page (page_find (&thread_current ()->process->pages, uaddr));
}
#endif /* SOLUTION_VM */
