/* Instantiation: linking a module's imports to the embedder's externs,
   making its own functions, table, memory and globals, and writing its
   element and data segments.  All segments are checked before any is
   written, so a module that does not fit changes nothing. */
#include <string.h>
#include "ipwis/wasm/internal.h"

/* COUNT elements of SIZE bytes, zeroed (never 0 bytes: NULL means failure). */
static void *
allocate (struct wasm_instance *inst, size_t count, size_t size)
{
  if (size != 0 && count > SIZE_MAX / 4 / size)
    return NULL;
  return wasm_allocate (&inst->alloc, count * size + 1);
}

static void
release (struct wasm_instance *inst, void *block, size_t count, size_t size)
{
  wasm_release (&inst->alloc, block, count * size + 1);
}

/* Does an import with LIMITS accept an object of SIZE and MAX? */
static bool
limits_match (struct wasm_limits limits, uint32_t size, uint32_t max)
{
  if (size < limits.min)
    return false;
  return limits.max == UINT32_MAX || (max != UINT32_MAX && max <= limits.max);
}

static bool
link_import (struct wasm_instance *inst, const struct wasm_import *im,
             const struct wasm_extern *ext, uint32_t *funcs, uint32_t *globals,
             struct wasm_error *error)
{
  const struct wasm_module *m = inst->module;
  bool ok = ext->kind == im->kind;
  if (ok)
    switch (im->kind)
      {
      case WASM_EXTERN_FUNC:
        ok = wasm_functype_equal (ext->u.func->type, &m->types[im->type]);
        inst->funcs[(*funcs)++] = ext->u.func;
        break;
      case WASM_EXTERN_TABLE:
        ok = limits_match (im->limits, ext->u.table->size, ext->u.table->max);
        inst->table = ext->u.table;
        break;
      case WASM_EXTERN_MEMORY:
        {
          struct wasm_memory *mem = ext->u.memory;
          uint32_t max = mem->max_pages >= WASM_MAX_PAGES ? UINT32_MAX
                                                          : mem->max_pages;
          ok = limits_match (im->limits, mem->pages, max);
          inst->memory = mem;
          break;
        }
      case WASM_EXTERN_GLOBAL:
        ok = ext->u.global->type == im->global_type
             && ext->u.global->mutable_ == im->global_mutable;
        inst->globals[(*globals)++] = ext->u.global;
        break;
      }
  if (!ok)
    wasm_error_set (error, "incompatible import type for %.*s.%.*s",
                    (int) im->module.size, im->module.bytes,
                    (int) im->name.size, im->name.bytes);
  return ok;
}

static uint32_t
init_value (const struct wasm_instance *inst, const struct wasm_init *init)
{
  return init->from_global ? inst->globals[init->global]->value.i32
                           : (uint32_t) init->bits;
}

/* Checks that every segment fits, then writes them all. */
static bool
write_segments (struct wasm_instance *inst, struct wasm_error *error)
{
  const struct wasm_module *m = inst->module;
  for (uint32_t i = 0; i < m->elem_count; i++)
    {
      uint64_t end = (uint64_t) init_value (inst, &m->elems[i].offset)
                     + m->elems[i].count;
      if (end > inst->table->size)
        {
          wasm_error_set (error, "elements segment does not fit");
          return false;
        }
    }
  for (uint32_t i = 0; i < m->data_count; i++)
    {
      uint64_t end = (uint64_t) init_value (inst, &m->datas[i].offset)
                     + m->datas[i].size;
      if (end > inst->memory->size)
        {
          wasm_error_set (error, "data segment does not fit");
          return false;
        }
    }
  for (uint32_t i = 0; i < m->elem_count; i++)
    {
      const struct wasm_elem *e = &m->elems[i];
      uint32_t offset = init_value (inst, &e->offset);
      for (uint32_t k = 0; k < e->count; k++)
        inst->table->elements[offset + k] = inst->funcs[e->funcs[k]];
    }
  for (uint32_t i = 0; i < m->data_count; i++)
    {
      const struct wasm_data *d = &m->datas[i];
      if (d->size)
        memcpy (inst->memory->data + init_value (inst, &d->offset),
                d->bytes, d->size);
    }
  return true;
}

/* Makes the instance's own functions, table, memory and globals. */
static bool
make_own (struct wasm_instance *inst, uint32_t max_pages,
          struct wasm_error *error)
{
  const struct wasm_module *m = inst->module;
  uint32_t defined = m->func_count - m->imported_funcs;
  for (uint32_t i = 0; i < defined; i++)
    {
      struct wasm_func *f = &inst->own_funcs[i];
      f->type = &m->types[m->func_types[m->imported_funcs + i]];
      f->instance = inst;
      f->code = &m->codes[i];
      inst->funcs[m->imported_funcs + i] = f;
    }
  if (m->has_table && !m->table_imported)
    {
      if (!wasm_table_init (&inst->own_table, &inst->alloc,
                            m->table_limits.min, m->table_limits.max))
        {
          wasm_error_set (error, "out of memory for a table of %u elements",
                          (unsigned) m->table_limits.min);
          return false;
        }
      inst->table = &inst->own_table;
    }
  if (m->has_memory && !m->memory_imported)
    {
      uint32_t max = m->memory_limits.max == UINT32_MAX ? WASM_MAX_PAGES
                                                        : m->memory_limits.max;
      if (!wasm_memory_init (&inst->own_memory, &inst->alloc,
                             m->memory_limits.min, max, max_pages))
        {
          wasm_error_set (error, "cannot allocate a memory of %u pages",
                          (unsigned) m->memory_limits.min);
          return false;
        }
      inst->memory = &inst->own_memory;
    }
  for (uint32_t i = m->imported_globals; i < m->global_count; i++)
    {
      const struct wasm_global_def *def = &m->globals[i];
      struct wasm_global *g = &inst->own_globals[i - m->imported_globals];
      g->type = def->type;
      g->mutable_ = def->mutable_;
      g->alloc = inst->alloc;
      g->value.i64 = def->init.from_global
                     ? inst->globals[def->init.global]->value.i64
                     : def->init.bits;
      inst->globals[i] = g;
    }
  return true;
}

struct wasm_instance *
wasm_instance_new (const struct wasm_module *m,
                   const struct wasm_extern *imports, size_t import_count,
                   uint32_t max_pages, struct wasm_error *error)
{
  if (import_count != m->import_count)
    {
      wasm_error_set (error, "the module has %u imports, %u were given",
                      (unsigned) m->import_count, (unsigned) import_count);
      return NULL;
    }
  struct wasm_instance *inst = m->alloc.resize (m->alloc.ctx, NULL, 0,
                                                sizeof *inst);
  if (inst == NULL)
    {
      wasm_error_set (error, "out of memory");
      return NULL;
    }
  memset (inst, 0, sizeof *inst);
  inst->module = m;
  inst->alloc = m->alloc;
  inst->memory = &inst->no_memory;
  inst->funcs = allocate (inst, m->func_count, sizeof *inst->funcs);
  inst->own_funcs = allocate (inst, m->func_count - m->imported_funcs,
                              sizeof *inst->own_funcs);
  inst->globals = allocate (inst, m->global_count, sizeof *inst->globals);
  inst->own_globals = allocate (inst, m->global_count - m->imported_globals,
                                sizeof *inst->own_globals);
  if (!inst->funcs || !inst->own_funcs || !inst->globals || !inst->own_globals)
    {
      wasm_error_set (error, "out of memory");
      wasm_instance_free (inst);
      return NULL;
    }
  uint32_t funcs = 0, globals = 0;
  for (uint32_t i = 0; i < m->import_count; i++)
    if (!link_import (inst, &m->imports[i], &imports[i], &funcs, &globals,
                      error))
      {
        wasm_instance_free (inst);
        return NULL;
      }
  if (!make_own (inst, max_pages, error) || !write_segments (inst, error))
    {
      wasm_instance_free (inst);
      return NULL;
    }
  return inst;
}

void
wasm_instance_free (struct wasm_instance *inst)
{
  if (inst == NULL)
    return;
  const struct wasm_module *m = inst->module;
  wasm_table_release (&inst->own_table);
  wasm_memory_release (&inst->own_memory);
  release (inst, inst->funcs, m->func_count, sizeof *inst->funcs);
  release (inst, inst->own_funcs, m->func_count - m->imported_funcs,
           sizeof *inst->own_funcs);
  release (inst, inst->globals, m->global_count, sizeof *inst->globals);
  release (inst, inst->own_globals, m->global_count - m->imported_globals,
           sizeof *inst->own_globals);
  struct wasm_allocator alloc = inst->alloc;
  alloc.resize (alloc.ctx, inst, sizeof *inst, 0);
}

struct wasm_func *
wasm_instance_start (const struct wasm_instance *inst)
{
  return inst->module->start < 0 ? NULL : inst->funcs[inst->module->start];
}

bool
wasm_instance_export (const struct wasm_instance *inst, const char *name,
                      size_t name_size, struct wasm_extern *out)
{
  const struct wasm_module *m = inst->module;
  for (uint32_t i = 0; i < m->export_count; i++)
    {
      const struct wasm_export *e = &m->exports[i];
      if (!wasm_name_equal (e->name, name, name_size))
        continue;
      out->kind = e->kind;
      switch (e->kind)
        {
        case WASM_EXTERN_FUNC: out->u.func = inst->funcs[e->index]; break;
        case WASM_EXTERN_TABLE: out->u.table = inst->table; break;
        case WASM_EXTERN_MEMORY: out->u.memory = inst->memory; break;
        case WASM_EXTERN_GLOBAL: out->u.global = inst->globals[e->index]; break;
        }
      return true;
    }
  return false;
}
