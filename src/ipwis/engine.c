/* The WASM engine's kernel side: budgeted allocation and loading modules
   from files.  See engine.h. */
#include "ipwis/engine.h"
#include <round.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

/* A linear memory of 64 kB pages is 16 contiguous pages of the user pool;
   small objects (a function's record, a global) would waste most of a
   page, so they come from malloc.  The engine always says a block's size,
   so the size alone tells which of the two a block came from. */
static bool
is_paged (size_t size)
{
  return size >= PGSIZE;
}

static void *
block_get (size_t size)
{
  if (is_paged (size))
    return palloc_get_multiple (PAL_USER, DIV_ROUND_UP (size, PGSIZE));
  return malloc (size);
}

static void
block_free (void *block, size_t size)
{
  if (is_paged (size))
    palloc_free_multiple (block, DIV_ROUND_UP (size, PGSIZE));
  else
    free (block);
}

/* Charges GROWTH more bytes to BUDGET, or refuses if that would pass its
   limit. */
static bool
charge (struct engine_budget *budget, size_t growth)
{
  lock_acquire (&budget->lock);
  bool fits = growth <= budget->limit - budget->in_use;
  if (fits)
    budget->in_use += growth;
  else
    budget->refused++;
  lock_release (&budget->lock);
  return fits;
}

static void
refund (struct engine_budget *budget, size_t bytes)
{
  lock_acquire (&budget->lock);
  budget->in_use -= bytes;
  lock_release (&budget->lock);
}

/* The engine's one allocation call (see struct wasm_allocator): a resize
   is a fresh block, a copy and a free, since neither pool grows a block
   in place. */
static void *
budget_resize (void *ctx, void *block, size_t old_size, size_t new_size)
{
  struct engine_budget *budget = ctx;
  if (block == NULL)
    old_size = 0;
  if (new_size > old_size && !charge (budget, new_size - old_size))
    return NULL;
  void *fresh = NULL;
  if (new_size > 0)
    {
      fresh = block_get (new_size);
      if (fresh == NULL)
        {
          refund (budget, new_size > old_size ? new_size - old_size : 0);
          return NULL;
        }
      if (block != NULL)
        memcpy (fresh, block, old_size < new_size ? old_size : new_size);
    }
  if (block != NULL)
    block_free (block, old_size);
  if (new_size < old_size)
    refund (budget, old_size - new_size);
  return fresh;
}

void
engine_budget_init (struct engine_budget *budget, size_t limit)
{
  budget->allocator = (struct wasm_allocator) { budget_resize, budget };
  lock_init (&budget->lock);
  budget->limit = limit;
  budget->in_use = 0;
  budget->refused = 0;
}

/* Pages of the buffer that holds a file of SIZE bytes (an empty one too). */
static size_t
buffer_pages (size_t size)
{
  return size > 0 ? DIV_ROUND_UP (size, PGSIZE) : 1;
}

/* Reads all of FILE into a buffer from the user pool (a module may be
   larger than malloc's biggest block). */
static uint8_t *
read_whole (struct file *file, size_t *size)
{
  *size = file_length (file);
  uint8_t *bytes = palloc_get_multiple (PAL_USER, buffer_pages (*size));
  if (bytes != NULL && (size_t) file_read_at (file, bytes, *size, 0) != *size)
    {
      palloc_free_multiple (bytes, buffer_pages (*size));
      bytes = NULL;
    }
  return bytes;
}

/* Puts "NAME: " before ERROR's message: the engine does not know which
   file it was reading. */
static void
name_the_file (struct wasm_error *error, const char *name)
{
  struct wasm_error named;
  snprintf (named.message, sizeof named.message, "%s: %s", name,
            error->message);
  *error = named;
}

struct wasm_module *
engine_load_file (struct engine_budget *budget, const char *name,
                  struct wasm_error *error)
{
  struct file *file = filesys_open (name);
  if (file == NULL)
    {
      snprintf (error->message, sizeof error->message, "%s: no such file",
                name);
      return NULL;
    }
  size_t size;
  uint8_t *bytes = read_whole (file, &size);
  file_close (file);
  if (bytes == NULL)
    {
      snprintf (error->message, sizeof error->message,
                "%s: cannot read it (out of memory or a disk error)", name);
      return NULL;
    }
  struct wasm_module *module = wasm_module_load (&budget->allocator, bytes,
                                                 size, error);
  palloc_free_multiple (bytes, buffer_pages (size));
  if (module == NULL)
    name_the_file (error, name);
  return module;
}
