/* An arena: many small allocations that live and die together (all of a
   module's tables and code), taken from the embedder's allocator in
   chunks and given back in one call. */
#ifndef IPWIS_WASM_ARENA_H
#define IPWIS_WASM_ARENA_H

#include <stddef.h>

struct wasm_allocator;

struct arena_chunk;

struct arena
  {
    const struct wasm_allocator *alloc;
    struct arena_chunk *chunks;
    size_t used, size;              /* in the newest chunk */
  };

void arena_init (struct arena *, const struct wasm_allocator *);
/* SIZE zeroed bytes aligned for any value, or NULL if out of memory. */
void *arena_alloc (struct arena *, size_t size);
/* COUNT elements of SIZE bytes, or NULL on overflow or out of memory. */
void *arena_array (struct arena *, size_t count, size_t size);
void arena_free (struct arena *);

#endif /* ipwis/wasm/arena.h */
