/* The kernel heap, built on the page allocator.

   Small requests are rounded up to a power of two from 16 bytes to half a
   page, and each such size class carves whole pages ("arenas") into blocks
   of its size. An arena's header sits at the start of its page, so the
   arena of any block is found by rounding its address down to a page.
   Free blocks of a class wait on the class's free list; when every block
   of an arena is free again, its page goes back to the page allocator.

   A request too big for any class gets its own run of pages, whose first
   page starts with an arena header that records the page count. */
#include "threads/malloc.h"
#include <list.h>
#include <round.h>
#include <stdint.h>
#include <string.h>
#include "threads/palloc.h"
#include "threads/synch.h"
#include "threads/vaddr.h"

#define ARENA_MAGIC 0x9a548eed
#define MIN_BLOCK 16
#define CLASS_CNT 8                     /* 16, 32, ..., 2048 bytes. */

struct size_class
  {
    size_t block_size;
    size_t blocks_per_arena;
    struct list free_list;              /* Free blocks, as struct free_block. */
    struct lock lock;
  };

struct arena
  {
    unsigned magic;
    struct size_class *class;           /* NULL for a big allocation. */
    size_t count;                       /* Free blocks, or pages if big. */
  };

struct free_block
  {
    struct list_elem elem;
  };

static struct size_class classes[CLASS_CNT];

void
malloc_init (void)
{
  for (int i = 0; i < CLASS_CNT; i++)
    {
      struct size_class *c = &classes[i];
      c->block_size = MIN_BLOCK << i;
      c->blocks_per_arena = (PGSIZE - sizeof (struct arena)) / c->block_size;
      list_init (&c->free_list);
      lock_init (&c->lock);
    }
}

static struct arena *
arena_of (void *block)
{
  struct arena *a = pg_round_down (block);
  ASSERT (a->magic == ARENA_MAGIC);
  return a;
}

static void *
block_at (struct arena *a, size_t i)
{
  return (uint8_t *) (a + 1) + i * a->class->block_size;
}

/* A block of SIZE bytes that is its own run of pages. */
static void *
malloc_big (size_t size)
{
  size_t page_cnt = DIV_ROUND_UP (size + sizeof (struct arena), PGSIZE);
  struct arena *a = palloc_get_multiple (0, page_cnt);
  if (a == NULL)
    return NULL;
  *a = (struct arena) { ARENA_MAGIC, NULL, page_cnt };
  return a + 1;
}

/* Adds a fresh arena's blocks to C's free list. C's lock is held. */
static bool
grow_class (struct size_class *c)
{
  struct arena *a = palloc_get_page (0);
  if (a == NULL)
    return false;
  *a = (struct arena) { ARENA_MAGIC, c, c->blocks_per_arena };
  for (size_t i = 0; i < c->blocks_per_arena; i++)
    list_push_back (&c->free_list, &((struct free_block *) block_at (a, i))->elem);
  return true;
}

/* Returns at least SIZE bytes, or NULL when memory is exhausted or SIZE
   is zero. */
void *
malloc (size_t size)
{
  if (size == 0)
    return NULL;
  struct size_class *c = classes;
  while (c < classes + CLASS_CNT && c->block_size < size)
    c++;
  if (c == classes + CLASS_CNT)
    return malloc_big (size);

  lock_acquire (&c->lock);
  void *block = NULL;
  if (!list_empty (&c->free_list) || grow_class (c))
    {
      block = list_entry (list_pop_front (&c->free_list), struct free_block, elem);
      arena_of (block)->count--;
    }
  lock_release (&c->lock);
  return block;
}

/* Returns zeroed space for A * B bytes, or NULL (also on overflow). */
void *
calloc (size_t a, size_t b)
{
  size_t size = a * b;
  if (b != 0 && size / b != a)
    return NULL;
  void *p = malloc (size);
  if (p != NULL)
    memset (p, 0, size);
  return p;
}

/* Bytes that BLOCK can hold. */
static size_t
block_size (void *block)
{
  struct arena *a = arena_of (block);
  if (a->class == NULL)
    return a->count * PGSIZE - sizeof *a;
  return a->class->block_size;
}

/* Resizes OLD to NEW_SIZE bytes, keeping its contents; may move it. */
void *
realloc (void *old, size_t new_size)
{
  if (new_size == 0)
    {
      free (old);
      return NULL;
    }
  void *new = malloc (new_size);
  if (new != NULL && old != NULL)
    {
      size_t old_size = block_size (old);
      memcpy (new, old, old_size < new_size ? old_size : new_size);
      free (old);
    }
  return new;
}

/* Gives the arena A of class C back to the page allocator, once all its
   blocks are free. C's lock is held. */
static void
release_arena (struct size_class *c, struct arena *a)
{
  for (size_t i = 0; i < c->blocks_per_arena; i++)
    list_remove (&((struct free_block *) block_at (a, i))->elem);
  palloc_free_page (a);
}

void
free (void *block)
{
  if (block == NULL)
    return;
  struct arena *a = arena_of (block);
  struct size_class *c = a->class;
  if (c == NULL)
    {
      palloc_free_multiple (a, a->count);
      return;
    }

  /* Poison the block so that a use after free shows. */
  memset (block, 0xcc, c->block_size);
  lock_acquire (&c->lock);
  list_push_front (&c->free_list, &((struct free_block *) block)->elem);
  if (++a->count == c->blocks_per_arena)
    release_arena (c, a);
  lock_release (&c->lock);
}
