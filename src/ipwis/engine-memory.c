/* The engine's allocator in the kernel (see engine-memory.h). Every
   block is whole pages of the user pool, contiguous because the engine
   wants flat blocks; blocks of less than half a page come from the
   kernel heap instead, where a page each would waste most of it. The
   engine passes each block's size back when it frees or resizes it, so
   no header is needed to tell the two kinds apart. */
#include "ipwis/engine-memory.h"
#include <round.h>
#include <stdio.h>
#include <string.h>
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/vaddr.h"

#define SMALL_BLOCK (PGSIZE / 2)

static size_t
pages_of (size_t size)
{
  return DIV_ROUND_UP (size, PGSIZE);
}

/* What a block of SIZE bytes costs the budget. */
static size_t
cost_of (size_t size)
{
  return size < SMALL_BLOCK ? size : pages_of (size) * PGSIZE;
}

static void *
block_get (size_t size)
{
  return size < SMALL_BLOCK ? malloc (size) : palloc_get_multiple (PAL_USER, pages_of (size));
}

static void
block_free (void *block, size_t size)
{
  if (size < SMALL_BLOCK)
    free (block);
  else
    palloc_free_multiple (block, pages_of (size));
}

static void *
engine_resize (void *memory_, void *block, size_t old_size, size_t new_size)
{
  struct engine_memory *m = memory_;
  size_t old_cost = block != NULL ? cost_of (old_size) : 0;
  size_t new_cost = new_size != 0 ? cost_of (new_size) : 0;
  if (new_cost > old_cost && new_cost - old_cost > m->budget - m->used)
    return NULL;

  void *new_block = NULL;
  if (new_size != 0)
    {
      if (block != NULL && old_size >= SMALL_BLOCK && new_size >= SMALL_BLOCK
          && old_cost == new_cost)
        return block;           /* Still fits in its pages. */
      new_block = block_get (new_size);
      if (new_block == NULL)
        return NULL;
      if (block != NULL)
        memcpy (new_block, block, old_size < new_size ? old_size : new_size);
    }
  if (block != NULL)
    block_free (block, old_size);
  m->used = m->used - old_cost + new_cost;
  return new_block;
}

void
engine_memory_init (struct engine_memory *m, size_t budget)
{
  m->alloc = (struct wasm_allocator) { engine_resize, m };
  m->budget = budget;
  m->used = 0;
}

void *
engine_read_file (const char *name, size_t *size)
{
  struct file *file = filesys_open (name);
  if (file == NULL)
    return NULL;
  off_t length = file_length (file);
  void *bytes = malloc (length > 0 ? length : 1);
  if (bytes != NULL && file_read (file, bytes, length) != length)
    {
      free (bytes);
      bytes = NULL;
    }
  file_close (file);
  *size = length;
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
engine_load_file (struct engine_memory *m, const char *name, struct wasm_error *error)
{
  size_t size;
  uint8_t *bytes = engine_read_file (name, &size);
  if (bytes == NULL)
    {
      snprintf (error->message, sizeof error->message, "no file %s on the disk", name);
      return NULL;
    }
  struct wasm_module *module = wasm_module_load (&m->alloc, bytes, size, error);
  free (bytes);
  if (module == NULL)
    name_the_file (error, name);
  return module;
}
