/* The libFuzzer target: any byte string goes through decoding and
   validation; a module that loads is instantiated, its imports met by
   stand-ins of the right types (host functions that return zero, a
   memory, a table, globals), and its start function and every exported
   function (with zero arguments) run on a small fuel budget, resumed
   once, then abandoned.
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

static enum wasm_trap
return_zero (void *ctx, struct wasm_memory *memory, union wasm_slot *slots)
{
  (void) ctx, (void) memory;
  slots[0].i64 = 0;
  return WASM_TRAP_NONE;
}

/* The stand-ins for M's imports, in IMPORTS; false if one cannot be made. */
static bool
make_imports (const struct wasm_module *m, struct wasm_extern *imports)
{
  static const char letters[] = { [WASM_I32] = 'i', [WASM_I64] = 'I',
                                  [WASM_F32] = 'f', [WASM_F64] = 'F' };
  for (uint32_t i = 0; i < m->import_count; i++)
    {
      const struct wasm_import *im = &m->imports[i];
      struct wasm_extern *e = &imports[i];
      e->kind = im->kind;
      if (im->kind == WASM_EXTERN_FUNC)
        {
          const struct wasm_functype *t = &m->types[im->type];
          char signature[24];
          size_t n = 0;
          if (t->param_count > 16)
            return false;
          for (uint32_t k = 0; k < t->param_count; k++)
            signature[n++] = letters[t->params[k]];
          signature[n++] = ':';
          if (t->result_count)
            signature[n++] = letters[t->result];
          signature[n] = '\0';
          e->u.func = wasm_host_func_new (&fuzz_allocator, signature, return_zero, NULL);
        }
      else if (im->kind == WASM_EXTERN_MEMORY)
        e->u.memory = wasm_memory_new (&fuzz_allocator, im->limits.min > 16 ? 16 : im->limits.min,
                                       im->limits.max);
      else if (im->kind == WASM_EXTERN_TABLE)
        e->u.table = wasm_table_new (&fuzz_allocator, im->limits.min > 1000 ? 1000 : im->limits.min,
                                     im->limits.max);
      else
        e->u.global = wasm_global_new (&fuzz_allocator, im->global_type,
                                       im->global_mutable, 0);
      if (e->u.func == NULL)
        return false;
    }
  return true;
}

static void
free_imports (const struct wasm_module *m, struct wasm_extern *imports)
{
  for (uint32_t i = 0; i < m->import_count; i++)
    switch (imports[i].kind)
      {
      case WASM_EXTERN_FUNC: wasm_host_func_free (imports[i].u.func); break;
      case WASM_EXTERN_MEMORY: wasm_memory_free (imports[i].u.memory); break;
      case WASM_EXTERN_TABLE: wasm_table_free (imports[i].u.table); break;
      case WASM_EXTERN_GLOBAL: wasm_global_free (imports[i].u.global); break;
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
  struct wasm_extern *imports = calloc (m->import_count + 1, sizeof *imports);
  if (make_imports (m, imports) && exec != NULL)
    inst = wasm_instance_new (m, imports, m->import_count, 16, &error);
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
  free_imports (m, imports);
  free (imports);
  wasm_module_free (m);
  return 0;
}
