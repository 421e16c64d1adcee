/* Page allocator. Memory from 1 MB to the end of RAM is split into two
   pools; each keeps a bitmap of its pages (set = in use) in its own first
   pages. Allocation is first-fit over the bitmap.

   Allocating and freeing both change a pool's bitmap, so they must
   exclude each other. They do so with interrupts off, not with a lock:
   the scheduler frees a dead thread's page in the middle of a thread
   switch (thread_switch_complete()), where no thread may wait for a lock,
   and the idle thread may be the one doing it. */
#include "threads/palloc.h"
#include <bitmap.h>
#include <debug.h>
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/vaddr.h"

struct pool
  {
    struct bitmap *used_map;    /* One bit per page of the pool. */
    uint8_t *base;              /* First page handed out. */
  };

static struct pool kernel_pool, user_pool;

/* Sets up POOL over the PAGE_CNT pages at BASE; its bitmap takes the first
   few of them. */
static void
init_pool (struct pool *pool, uint8_t *base, size_t page_cnt,
                       const char *name)
{
  size_t map_pages = DIV_ROUND_UP (bitmap_buf_size (page_cnt), PGSIZE);
  if (map_pages > page_cnt)
    PANIC ("not enough memory for the %s pool", name);
  page_cnt -= map_pages;
  printf ("%zu pages available in %s.\n", page_cnt, name);

  pool->used_map = bitmap_create_in_buf (page_cnt, base, map_pages * PGSIZE);
  pool->base = base + map_pages * PGSIZE;
}

/* Splits free memory in half between the kernel and user pools, giving the
   user pool at most USER_PAGE_LIMIT pages. */
void
palloc_init (size_t user_page_limit)
{
  uint8_t *free_start = ptov (1024 * 1024);
  uint8_t *free_end = ptov (ram_pages * PGSIZE);
  size_t free_pages = (free_end - free_start) / PGSIZE;
  size_t user_pages = free_pages / 2;
  if (user_pages > user_page_limit)
    user_pages = user_page_limit;
  size_t kernel_pages = free_pages - user_pages;

  init_pool (&kernel_pool, free_start, kernel_pages, "kernel pool");
  init_pool (&user_pool, free_start + kernel_pages * PGSIZE, user_pages, "user pool");
}

/* Allocates PAGE_CNT contiguous pages, or returns NULL (or panics, with
   PAL_ASSERT) if there is no such run. */
void *
palloc_get_multiple (enum palloc_flags flags, size_t page_cnt)
{
  struct pool *pool = flags & PAL_USER ? &user_pool : &kernel_pool;
  if (page_cnt == 0)
    return NULL;

  enum intr_level old_level = intr_disable ();
  size_t index = bitmap_scan_and_flip (pool->used_map, 0, page_cnt, false);
  intr_set_level (old_level);

  if (index == BITMAP_ERROR)
    {
      if (flags & PAL_ASSERT)
        PANIC ("out of pages");
      return NULL;
    }
  void *pages = pool->base + PGSIZE * index;
  if (flags & PAL_ZERO)
    memset (pages, 0, PGSIZE * page_cnt);
  return pages;
}

void *
palloc_get_page (enum palloc_flags flags)
{
  return palloc_get_multiple (flags, 1);
}

static bool
pool_contains (const struct pool *pool, const void *page)
{
  size_t index = ((const uint8_t *) page - pool->base) / PGSIZE;
  return (const uint8_t *) page >= pool->base && index < bitmap_size (pool->used_map);
}

/* Frees the PAGE_CNT pages at PAGES. */
void
palloc_free_multiple (void *pages, size_t page_cnt)
{
  if (pages == NULL || page_cnt == 0)
    return;
  ASSERT (pg_ofs (pages) == 0);

  struct pool *pool;
  if (pool_contains (&kernel_pool, pages))
    pool = &kernel_pool;
  else if (pool_contains (&user_pool, pages))
    pool = &user_pool;
  else
    PANIC ("freeing page %p, which is in no pool", pages);

  /* Poison the pages: a use after free then reads garbage, not old data. */
  memset (pages, 0xcc, PGSIZE * page_cnt);

  size_t index = ((uint8_t *) pages - pool->base) / PGSIZE;
  enum intr_level old_level = intr_disable ();
  ASSERT (bitmap_all (pool->used_map, index, page_cnt));
  bitmap_set_multiple (pool->used_map, index, page_cnt, false);
  intr_set_level (old_level);
}

void
palloc_free_page (void *page)
{
  palloc_free_multiple (page, 1);
}

/* Free pages left in the user pool (PAL_USER) or the kernel pool (0). */
size_t
palloc_free_count (enum palloc_flags pool_flag)
{
  struct pool *pool = pool_flag & PAL_USER ? &user_pool : &kernel_pool;
  enum intr_level old_level = intr_disable ();
  size_t count = bitmap_count (pool->used_map, 0, bitmap_size (pool->used_map), false);
  intr_set_level (old_level);
  return count;
}
