/* The arena of arena.h: a list of chunks, the newest first. */
#include "ipwis/wasm/arena.h"
#include <stdint.h>
#include <string.h>
#include "ipwis/wasm/wasm.h"

struct arena_chunk
  {
    struct arena_chunk *next;
    size_t size;                    /* including this header */
    uint64_t data[];
  };

#define CHUNK_SIZE 16384

void
arena_init (struct arena *arena, const struct wasm_allocator *alloc)
{
  arena->alloc = alloc;
  arena->chunks = NULL;
  arena->used = arena->size = 0;
}

void *
arena_alloc (struct arena *arena, size_t size)
{
  size = (size + 7) & ~(size_t) 7;
  if (size > SIZE_MAX / 2)
    return NULL;
  if (arena->chunks == NULL || arena->size - arena->used < size)
    {
      size_t want = sizeof (struct arena_chunk) + size;
      if (want < CHUNK_SIZE)
        want = CHUNK_SIZE;
      struct arena_chunk *chunk = arena->alloc->resize (arena->alloc->ctx,
                                                        NULL, 0, want);
      if (chunk == NULL)
        return NULL;
      chunk->next = arena->chunks;
      chunk->size = want;
      arena->chunks = chunk;
      arena->used = 0;
      arena->size = want - sizeof (struct arena_chunk);
    }
  void *block = (char *) arena->chunks->data + arena->used;
  arena->used += size;
  memset (block, 0, size);
  return block;
}

void *
arena_array (struct arena *arena, size_t count, size_t size)
{
  if (size != 0 && count > SIZE_MAX / 4 / size)
    return NULL;
  return arena_alloc (arena, count * size);
}

void
arena_free (struct arena *arena)
{
  while (arena->chunks != NULL)
    {
      struct arena_chunk *chunk = arena->chunks;
      arena->chunks = chunk->next;
      arena->alloc->resize (arena->alloc->ctx, chunk, chunk->size, 0);
    }
  arena->used = arena->size = 0;
}
