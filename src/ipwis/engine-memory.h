/* The WASM engine's memory in the kernel: an allocator (the engine's
   struct wasm_allocator) that takes what a module and its instances
   need from the user pool, the pages tasks are meant to use, and that
   stops at a budget, so one module cannot take memory the rest of the
   system needs. A memory.grow past the budget just returns -1 in the
   module, as the specification allows. Also: reading a module's bytes
   from Skiff's file system. */
#ifndef IPWIS_ENGINE_MEMORY_H
#define IPWIS_ENGINE_MEMORY_H

#include <stddef.h>
#include "ipwis/wasm/wasm.h"

struct engine_memory
  {
    struct wasm_allocator alloc;        /* What the engine is given. */
    size_t budget;              /* Bytes it may hold at once. */
    size_t used;                /* Bytes it holds now. */
  };

void engine_memory_init (struct engine_memory *, size_t budget);

/* The file NAME of Skiff's file system, read whole into a block from
   malloc (free it), its length in SIZE; NULL if it cannot be read. */
void *engine_read_file (const char *name, size_t *size);

/* The module in file NAME, loaded with M's memory; NULL with the reason
   in ERROR if the file is missing or the module is refused. */
struct wasm_module *engine_load_file (struct engine_memory *m, const char *name,
                                      struct wasm_error *error);

#endif /* ipwis/engine-memory.h */
