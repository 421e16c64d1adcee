/* The WASM engine inside the kernel: where its memory comes from and how
   a module is read from Skiff's file system.  The engine itself
   (ipwis/wasm/) knows nothing of the kernel; it asks an allocator for
   every byte.  The kernel's allocator charges each request to a budget,
   so one task's module, instance and linear memory can be capped and
   counted, and what was not given back is visible. */
#ifndef IPWIS_ENGINE_H
#define IPWIS_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include "ipwis/wasm/wasm.h"
#include "threads/synch.h"

/* The memory one owner (a task, a test) lets the engine use.  Blocks of a
   page or more come from the user pool, as a process's pages do; smaller
   ones from the kernel's malloc. */
struct engine_budget
  {
    struct wasm_allocator allocator;    /* What to hand the engine. */
    struct lock lock;
    size_t limit;                       /* Bytes at most, SIZE_MAX: none. */
    size_t in_use;                      /* Bytes handed out, not returned. */
    size_t refused;                     /* Requests refused over the limit. */
  };

/* Makes BUDGET an allocator of at most LIMIT bytes. */
void engine_budget_init (struct engine_budget *budget, size_t limit);

/* Reads the file NAME and loads it as a module under BUDGET.  On failure
   returns NULL with the reason (a missing file, a malformed or invalid
   module) in ERROR. */
struct wasm_module *engine_load_file (struct engine_budget *budget,
                                      const char *name,
                                      struct wasm_error *error);

#endif /* ipwis/engine.h */
