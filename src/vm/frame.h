/* The frame table: every physical page of the user pool that holds a
   user page, who uses it, and the choice of which to take back when
   memory runs out. */
#ifdef SOLUTION_VM
#ifndef VM_FRAME_H
#define VM_FRAME_H

#include <list.h>
#include <stdbool.h>
#include <stddef.h>
#include "devices/block.h"

struct page;

/* One frame: a user-pool page and the pages it holds. A frame holds one
   page, except a read-only page of an executable, which every process
   running the executable maps. */
struct frame
  {
    void *kpage;                /* Its kernel address. */
    struct list pages;          /* Of struct page, by frame_elem. */
    unsigned pins;              /* While nonzero, it is not evicted. */
    block_sector_t share_id;    /* The share key of its pages, or */
    void *share_upage;          /* SHARE_NONE if it is not shareable. */
    struct list_elem elem;      /* In the clock's ring of frames. */
  };

void frame_init (void);
void paging_lock (void);
void paging_unlock (void);
bool frame_load (struct page *);
void frame_release (struct page *);
size_t frame_count (void);
bool frame_commit (void);
void frame_uncommit (void);
struct file *frame_open_executable (const char *name, block_sector_t *id);

#endif /* vm/frame.h */
#endif /* SOLUTION_VM */
