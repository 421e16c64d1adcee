/* The page allocator: hands out 4 kB pages of physical memory (through
   their kernel virtual addresses) from two pools, one for the kernel's own
   data and one for user processes' pages, so that user programs can never
   use up the memory the kernel needs to run. */
#ifndef THREADS_PALLOC_H
#define THREADS_PALLOC_H

#include <stddef.h>

enum palloc_flags
  {
    PAL_ASSERT = 001,           /* Panic instead of returning NULL. */
    PAL_ZERO = 002,             /* Fill the pages with zeros. */
    PAL_USER = 004              /* From the user pool, not the kernel's. */
  };

void palloc_init (size_t user_page_limit);
void *palloc_get_page (enum palloc_flags);
void *palloc_get_multiple (enum palloc_flags, size_t page_cnt);
void palloc_free_page (void *);
void palloc_free_multiple (void *, size_t page_cnt);
size_t palloc_free_count (enum palloc_flags pool);

#endif /* threads/palloc.h */
