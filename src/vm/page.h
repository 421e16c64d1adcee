/* The supplemental page table: what the kernel knows about each page of
   a process's address space beyond what the CPU's page table says. */
#ifdef SOLUTION_VM
#ifndef VM_PAGE_H
#define VM_PAGE_H

#include <hash.h>
#include <list.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "devices/block.h"
#include "filesys/off_t.h"

/* The stack may grow down to this far below PHYS_BASE. The region is
   reserved for it: mmap refuses to map anything there. */
#define STACK_MAX (8 * 1024 * 1024)

/* An access this far below the stack pointer still counts as one to the
   stack: `pusha` writes 32 bytes below esp before it moves it. */
#define STACK_SLACK 32

/* A share_id that names no executable: the page is not shared. */
#define SHARE_NONE ((block_sector_t) -1)

/* One user page of one process. Its contents are, at any time, in
   exactly one place: in FRAME if that is not NULL; else in swap slot
   SWAP_SLOT if that is not SWAP_NONE; else READ_BYTES bytes of FILE at
   FILE_OFFSET, placed at PAGE_OFFSET in the page, with zeros around
   them (FILE NULL: all zeros).

   The fields that say where the contents are (FRAME, SWAP_SLOT,
   ANONYMOUS) change under the paging lock, because another process's
   eviction may move them; the rest is set when the page is made. */
struct page
  {
    void *upage;                /* User virtual address of the page. */
    uint32_t *pagedir;          /* The page directory it is mapped in. */
    bool writable;              /* May the user write to it? */

    struct file *file;          /* The file it comes from, or NULL. */
    off_t file_offset;
    uint16_t page_offset;
    uint16_t read_bytes;
    bool write_back;            /* mmap: changes go back to FILE. */
    block_sector_t share_id;    /* Read-only executable page: its
                                   executable, so that processes running
                                   the same file share the frame. */

    bool committed;             /* Did it take a promise (frame_commit)? */
    bool anonymous;             /* Its contents no longer match FILE (or
                                   zeros): evicting it needs swap. */
    size_t swap_slot;
    struct frame *frame;        /* The frame holding it, or NULL. */
    struct list_elem frame_elem; /* In the frame's list of pages. */
    struct hash_elem table_elem; /* In the process's page table. */
  };

bool page_table_init (struct hash *pages);
void page_table_destroy (struct hash *pages);
struct page *page_add (struct hash *pages, void *upage, bool writable,
                       bool private);
struct page *page_find (struct hash *pages, const void *uaddr);
void page_remove (struct hash *pages, struct page *);

bool page_fault_in (const void *uaddr, const void *esp);
bool page_is_valid (const void *uaddr, bool write);
void *page_pin (const void *uaddr, bool write);
void page_unpin (const void *uaddr);
void *page_pin_page (struct page *, bool write);
void page_unpin_page (struct page *);

#endif /* vm/page.h */
#endif /* SOLUTION_VM */
