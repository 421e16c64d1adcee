/* The libFuzzer target: any byte string goes through decoding and
   validation; a module that loads and needs no imports is instantiated,
   and its start function and every exported function (with zero
   arguments) run on a small fuel budget, resumed once, then abandoned.
   AddressSanitizer, UBSan and the leak checker watch all of it.

     make -C src/tests/wasm fuzz FUZZ_SECONDS=600 */
#include <stdlib.h>
#include <string.h>
#include "ipwis/wasm/internal.h"

static void *
fuzz_resize (void *ctx, void *block, size_t old_size, size_t new_size)
{
  (void) ctx, (void) old_size;
  if (new_size == 0)
    {
      free (block);
      return NULL;
    }
  /* Refuse what a kernel could not give, as the kernel would. */
  return new_size > (64u << 20) ? NULL : realloc (block, new_size);
}

static const struct wasm_allocator fuzz_allocator = { fuzz_resize, NULL };

/* Runs FUNC with zero arguments: a small budget, one resumption. */
static void
run (struct wasm_exec *exec, struct wasm_func *func)
{
  static const union wasm_slot zeros[64];
  if (func->type->param_count > 64)
    return;
  wasm_exec_set_fuel (exec, 2000);
  if (wasm_call (exec, func, zeros) == WASM_OUT_OF_FUEL)
    {
      wasm_exec_set_fuel (exec, 2000);
      if (wasm_resume (exec) == WASM_OUT_OF_FUEL)
        wasm_exec_abandon (exec);
    }
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct wasm_error error;
  struct wasm_module *m = wasm_module_load (&fuzz_allocator, data, size, &error);
  if (m == NULL)
    return 0;
  struct wasm_instance *inst = NULL;
  struct wasm_exec *exec = wasm_exec_new (&fuzz_allocator, 4096, 200);
  if (m->import_count == 0 && exec != NULL)
    inst = wasm_instance_new (m, NULL, 0, 16, &error);
  if (inst != NULL)
    {
      struct wasm_func *start = wasm_instance_start (inst);
      if (start != NULL)
        run (exec, start);
      for (uint32_t i = 0; i < m->export_count; i++)
        if (m->exports[i].kind == WASM_EXTERN_FUNC)
          run (exec, inst->funcs[m->exports[i].index]);
    }
  wasm_exec_free (exec);
  wasm_instance_free (inst);
  wasm_module_free (m);
  return 0;
}
