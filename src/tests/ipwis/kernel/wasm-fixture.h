/* What the kernel tests of the WASM engine share: a module read from the
   file system and instantiated under a memory budget of its own, with an
   exec to run its exports on, and calls that fail the test when anything
   goes wrong.  See ipwis/engine.h for the budget. */
#ifndef TESTS_IPWIS_KERNEL_WASM_FIXTURE_H
#define TESTS_IPWIS_KERNEL_WASM_FIXTURE_H

#include <stddef.h>
#include <stdint.h>
#include "ipwis/engine.h"

struct fixture
  {
    struct engine_budget budget;
    struct wasm_module *module;
    struct wasm_instance *instance;
    struct wasm_exec *exec;
  };

/* Loads FILE under a budget of LIMIT bytes (SIZE_MAX: none) and
   instantiates it with IMPORTS, COUNT of them. */
void fixture_open (struct fixture *, const char *file, size_t limit,
                   const struct wasm_extern *imports, size_t count);
/* The exported function NAME. */
struct wasm_func *fixture_export (struct fixture *, const char *name);
/* Calls NAME with ARGS under FUEL, and fails the test unless the call
   ends with STATUS. */
void fixture_call_ending (struct fixture *, const char *name,
                          const union wasm_slot *args, int64_t fuel,
                          enum wasm_status status);
/* Calls NAME with ARGS, without a fuel limit, and returns its result. */
union wasm_slot fixture_call (struct fixture *, const char *name,
                              const union wasm_slot *args);
/* Frees everything and fails the test unless every byte the engine asked
   of the budget came back. */
void fixture_close (struct fixture *);

#endif /* tests/ipwis/kernel/wasm-fixture.h */
