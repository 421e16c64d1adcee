/* The page allocator. Free memory, from 1 MB to the end of RAM, is split
   into a kernel pool and a user pool. A pool keeps its free pages as free
   runs: stretches of consecutive free pages, each as long as it can be,
   in order of address. A run's bookkeeping lives in its own first page
   (struct free_run), so the allocator needs no memory of its own, and a
   free run can always describe itself.

   Allocation is first fit: the lowest run that is long enough gives up
   its first pages, so memory fills from the bottom of a pool and stays in
   few runs. Freeing puts the pages back as a run and joins it with the
   runs just below and just above, if they touch it; pages that are
   already free are a kernel bug, and a panic.

   Allocating and freeing both change the runs, so they must exclude each
   other. They do so with interrupts off, not with a lock: the scheduler
   frees a dead thread's page in the middle of a thread switch
   (thread_switch_complete()), where no thread may wait for a lock, and
   the idle thread may be the one doing it. */
#include "threads/palloc.h"
#include <debug.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "threads/init.h"
#include "threads/interrupt.h"
#include "threads/vaddr.h"

/* The first page of a free run. */
struct free_run
  {
    size_t pages;               /* Pages in the run, this one included. */
    struct free_run *next;      /* The next run up in memory, or NULL. */
  };

struct pool
  {
    const char *name;
    uint8_t *start, *end;       /* The pool's pages: from START up to END. */
    struct free_run *runs;      /* Its free runs, lowest first. */
  };

static struct pool kernel_pool, user_pool;

static uint8_t *
run_end (const struct free_run *run)
{
  return (uint8_t *) run + run->pages * PGSIZE;
}

/* Sets up POOL over the PAGE_CNT pages at START, all free: one run. */
static void
init_pool (struct pool *pool, const char *name, uint8_t *start, size_t page_cnt)
{
  pool->name = name;
  pool->start = start;
  pool->end = start + page_cnt * PGSIZE;
  pool->runs = NULL;
  if (page_cnt > 0)
    {
      pool->runs = (struct free_run *) start;
      pool->runs->pages = page_cnt;
      pool->runs->next = NULL;
    }
  printf ("%zu pages available in %s.\n", page_cnt, name);
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

  init_pool (&kernel_pool, "kernel pool", free_start, kernel_pages);
  init_pool (&user_pool, "user pool", free_start + kernel_pages * PGSIZE, user_pages);
}

static struct pool *
pool_for (enum palloc_flags flags)
{
  return flags & PAL_USER ? &user_pool : &kernel_pool;
}

/* Takes the first PAGE_CNT pages of POOL's lowest run that has as many,
   and returns them; or NULL if no run is that long. Interrupts must be
   off. */
static void *
take_first_fit (struct pool *pool, size_t page_cnt)
{
  for (struct free_run **link = &pool->runs; *link != NULL; link = &(*link)->next)
    {
      struct free_run *run = *link;
      if (run->pages < page_cnt)
        continue;
      if (run->pages == page_cnt)
        *link = run->next;
      else
        {
          /* What is left of the run describes itself from its new start. */
          struct free_run *rest = (struct free_run *) ((uint8_t *) run + page_cnt * PGSIZE);
          rest->pages = run->pages - page_cnt;
          rest->next = run->next;
          *link = rest;
        }
      return run;
    }
  return NULL;
}

/* Allocates PAGE_CNT contiguous pages, or returns NULL (or panics, with
   PAL_ASSERT) if there is no such run. */
void *
palloc_get_multiple (enum palloc_flags flags, size_t page_cnt)
{
  if (page_cnt == 0)
    return NULL;
  struct pool *pool = pool_for (flags);
  enum intr_level old_level = intr_disable ();
  void *pages = take_first_fit (pool, page_cnt);
  intr_set_level (old_level);

  if (pages == NULL)
    {
      if (flags & PAL_ASSERT)
        PANIC ("out of pages: no %zu free in a row in the %s", page_cnt, pool->name);
      return NULL;
    }
  if (flags & PAL_ZERO)
    memset (pages, 0, PGSIZE * page_cnt);
  return pages;
}

void *
palloc_get_page (enum palloc_flags flags)
{
  return palloc_get_multiple (flags, 1);
}

/* The pool that the PAGE_CNT pages at PAGES belong to, all of them. */
static struct pool *
pool_holding (uint8_t *pages, size_t page_cnt)
{
  struct pool *pool = NULL;
  if (pages >= kernel_pool.start && pages < kernel_pool.end)
    pool = &kernel_pool;
  else if (pages >= user_pool.start && pages < user_pool.end)
    pool = &user_pool;
  else
    PANIC ("freeing page %p, which is in no pool", pages);
  if (page_cnt > (size_t) (pool->end - pages) / PGSIZE)
    PANIC ("freeing %zu pages at %p, past the end of the %s", page_cnt, pages, pool->name);
  return pool;
}

/* Makes the PAGE_CNT pages at PAGES a free run of POOL, joined with the
   runs it touches. Interrupts must be off. */
static void
give_back (struct pool *pool, uint8_t *pages, size_t page_cnt)
{
  uint8_t *end = pages + page_cnt * PGSIZE;
  struct free_run *below = NULL, *above = pool->runs;
  while (above != NULL && (uint8_t *) above < pages)
    {
      below = above;
      above = above->next;
    }
  if ((below != NULL && run_end (below) > pages) || (above != NULL && (uint8_t *) above < end))
    PANIC ("freeing pages %p to %p, but some of them are free already", pages, end);

  /* Poison the pages: a use after free then reads garbage, not old data. */
  memset (pages, 0xcc, PGSIZE * page_cnt);

  struct free_run *run = (struct free_run *) pages;
  run->pages = page_cnt;
  run->next = above;
  if (above != NULL && (uint8_t *) above == end)
    {
      run->pages += above->pages;
      run->next = above->next;
    }
  if (below != NULL && run_end (below) == pages)
    {
      below->pages += run->pages;
      below->next = run->next;
    }
  else if (below != NULL)
    below->next = run;
  else
    pool->runs = run;
}

/* Frees the PAGE_CNT pages at PAGES. */
void
palloc_free_multiple (void *pages, size_t page_cnt)
{
  if (pages == NULL || page_cnt == 0)
    return;
  ASSERT (pg_ofs (pages) == 0);
  struct pool *pool = pool_holding (pages, page_cnt);
  enum intr_level old_level = intr_disable ();
  give_back (pool, pages, page_cnt);
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
  struct pool *pool = pool_for (pool_flag);
  size_t count = 0;
  enum intr_level old_level = intr_disable ();
  for (struct free_run *run = pool->runs; run != NULL; run = run->next)
    count += run->pages;
  intr_set_level (old_level);
  return count;
}
