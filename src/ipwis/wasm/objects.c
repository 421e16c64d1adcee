/* The run-time objects an instance is made of, and that an embedder may
   make on its own to offer as imports: memories, tables, globals and
   host functions; and the comparisons that linking needs. */
#include <string.h>
#include "ipwis/wasm/internal.h"

bool
wasm_functype_equal (const struct wasm_functype *a,
                     const struct wasm_functype *b)
{
  return a->param_count == b->param_count
         && a->result_count == b->result_count
         && (a->result_count == 0 || a->result == b->result)
         && memcmp (a->params, b->params, a->param_count) == 0;
}

bool
wasm_name_equal (struct wasm_name name, const char *bytes, size_t size)
{
  return name.size == size && memcmp (name.bytes, bytes, size) == 0;
}

void *
wasm_allocate (const struct wasm_allocator *alloc, size_t size)
{
  void *block = alloc->resize (alloc->ctx, NULL, 0, size);
  if (block != NULL)
    memset (block, 0, size);
  return block;
}

void
wasm_release (const struct wasm_allocator *alloc, void *block, size_t size)
{
  if (block != NULL)
    alloc->resize (alloc->ctx, block, size, 0);
}

/* Memories. */

bool
wasm_memory_init (struct wasm_memory *memory,
                  const struct wasm_allocator *alloc, uint32_t pages,
                  uint32_t max_pages, uint32_t cap_pages)
{
  memset (memory, 0, sizeof *memory);
  memory->alloc = *alloc;
  memory->max_pages = max_pages;
  memory->cap_pages = cap_pages < WASM_ENGINE_MAX_PAGES ? cap_pages
                                                        : WASM_ENGINE_MAX_PAGES;
  return pages == 0 || wasm_memory_grow (memory, pages) == 0;
}

void
wasm_memory_release (struct wasm_memory *memory)
{
  wasm_release (&memory->alloc, memory->data, memory->size);
  memory->data = NULL;
  memory->size = memory->pages = 0;
}

int32_t
wasm_memory_grow (struct wasm_memory *memory, uint32_t delta)
{
  uint32_t old = memory->pages;
  if (delta == 0)
    return (int32_t) old;
  if (delta > memory->cap_pages - old || old + delta > memory->max_pages)
    return -1;
  size_t new_size = (size_t) (old + delta) * WASM_PAGE_SIZE;
  uint8_t *data = memory->alloc.resize (memory->alloc.ctx, memory->data,
                                        memory->size, new_size);
  if (data == NULL)
    return -1;
  memset (data + memory->size, 0, new_size - memory->size);
  memory->data = data;
  memory->size = (uint32_t) new_size;
  memory->pages = old + delta;
  return (int32_t) old;
}

struct wasm_memory *
wasm_memory_new (const struct wasm_allocator *alloc, uint32_t pages,
                 uint32_t max_pages)
{
  struct wasm_memory *memory = wasm_allocate (alloc, sizeof *memory);
  if (memory == NULL)
    return NULL;
  uint32_t max = max_pages == UINT32_MAX ? WASM_MAX_PAGES : max_pages;
  if (!wasm_memory_init (memory, alloc, pages, max, max))
    {
      wasm_memory_free (memory);
      return NULL;
    }
  return memory;
}

void
wasm_memory_free (struct wasm_memory *memory)
{
  if (memory == NULL)
    return;
  struct wasm_allocator alloc = memory->alloc;
  wasm_memory_release (memory);
  wasm_release (&alloc, memory, sizeof *memory);
}

uint8_t *
wasm_memory_data (struct wasm_memory *memory)
{
  return memory->data;
}

uint32_t
wasm_memory_size (const struct wasm_memory *memory)
{
  return memory->size;
}

/* Tables. */

bool
wasm_table_init (struct wasm_table *table, const struct wasm_allocator *alloc,
                 uint32_t size, uint32_t max)
{
  memset (table, 0, sizeof *table);
  table->alloc = *alloc;
  table->max = max;
  if ((uint64_t) size * sizeof *table->elements > SIZE_MAX / 2)
    return false;
  if (size == 0)
    return true;
  table->elements = wasm_allocate (alloc, size * sizeof *table->elements);
  table->size = table->elements ? size : 0;
  return table->elements != NULL;
}

void
wasm_table_release (struct wasm_table *table)
{
  wasm_release (&table->alloc, table->elements,
           table->size * sizeof *table->elements);
  table->elements = NULL;
  table->size = 0;
}

struct wasm_table *
wasm_table_new (const struct wasm_allocator *alloc, uint32_t size,
                uint32_t max_size)
{
  struct wasm_table *table = wasm_allocate (alloc, sizeof *table);
  if (table != NULL && !wasm_table_init (table, alloc, size, max_size))
    {
      wasm_table_free (table);
      return NULL;
    }
  return table;
}

void
wasm_table_free (struct wasm_table *table)
{
  if (table == NULL)
    return;
  struct wasm_allocator alloc = table->alloc;
  wasm_table_release (table);
  wasm_release (&alloc, table, sizeof *table);
}

/* Globals. */

/* BITS as TYPE keeps it: 32-bit values have a zero upper half. */
uint64_t
wasm_value_bits (uint8_t type, uint64_t bits)
{
  return type == WASM_I32 || type == WASM_F32 ? (uint32_t) bits : bits;
}

struct wasm_global *
wasm_global_new (const struct wasm_allocator *alloc, enum wasm_type type,
                 bool mutable_, uint64_t bits)
{
  struct wasm_global *global = wasm_allocate (alloc, sizeof *global);
  if (global == NULL)
    return NULL;
  global->alloc = *alloc;
  global->type = type;
  global->mutable_ = mutable_;
  global->value.i64 = wasm_value_bits (type, bits);
  return global;
}

void
wasm_global_free (struct wasm_global *global)
{
  if (global != NULL)
    wasm_release (&global->alloc, global, sizeof *global);
}

uint64_t
wasm_global_value (const struct wasm_global *global)
{
  return wasm_value_bits (global->type, global->value.i64);
}

/* Host functions. */

static bool
letter_type (char letter, uint8_t *type)
{
  switch (letter)
    {
    case 'i': *type = WASM_I32; return true;
    case 'I': *type = WASM_I64; return true;
    case 'f': *type = WASM_F32; return true;
    case 'F': *type = WASM_F64; return true;
    default: return false;
    }
}

struct wasm_func *
wasm_host_func_new (const struct wasm_allocator *alloc, const char *signature,
                    wasm_host_fn *fn, void *ctx)
{
  struct wasm_func *func = wasm_allocate (alloc, sizeof *func);
  if (func == NULL)
    return NULL;
  func->alloc = *alloc;
  func->host = fn;
  func->host_ctx = ctx;
  func->type = &func->own_type;
  func->own_type.params = func->own_params;
  const char *p = signature;
  for (; *p != ':' && *p != '\0'; p++)
    if (func->own_type.param_count == sizeof func->own_params
        || !letter_type (*p, &func->own_params[func->own_type.param_count++]))
      goto bad;
  if (*p == ':' && p[1] != '\0')
    {
      if (!letter_type (p[1], &func->own_type.result) || p[2] != '\0')
        goto bad;
      func->own_type.result_count = 1;
    }
  return func;
bad:
  wasm_host_func_free (func);
  return NULL;
}

void
wasm_host_func_free (struct wasm_func *func)
{
  if (func != NULL)
    wasm_release (&func->alloc, func, sizeof *func);
}

size_t
wasm_func_param_count (const struct wasm_func *func)
{
  return func->type->param_count;
}

size_t
wasm_func_result_count (const struct wasm_func *func)
{
  return func->type->result_count;
}

enum wasm_type
wasm_func_param_type (const struct wasm_func *func, size_t i)
{
  return func->type->params[i];
}

enum wasm_type
wasm_func_result_type (const struct wasm_func *func, size_t i)
{
  (void) i;
  return func->type->result;
}
