/* Decoding a module's binary format into struct wasm_module: the header,
   then each section in its fixed order, checking every rule of the
   binary format and the module-level rules of validation (index ranges,
   limits, constant expressions, export names).  Function bodies are
   handed to compile.c, which validates and translates them. */
#include <string.h>
#include "ipwis/wasm/internal.h"
#include "ipwis/wasm/reader.h"

enum section
  {
    SEC_CUSTOM, SEC_TYPE, SEC_IMPORT, SEC_FUNCTION, SEC_TABLE, SEC_MEMORY,
    SEC_GLOBAL, SEC_EXPORT, SEC_START, SEC_ELEMENT, SEC_CODE, SEC_DATA,
  };

/* What a section decoder gets: the module so far and the section. */
struct decoder
  {
    struct wasm_module *m;
    struct reader *r;
    struct wasm_error *error;
    uint32_t declared_funcs;        /* by the function section */
    bool saw_code;
  };

static bool
oom (struct decoder *d)
{
  return reader_fail (d->r, "out of memory");
}

static bool
is_value_type (uint8_t type)
{
  return type == WASM_I32 || type == WASM_I64 || type == WASM_F32
         || type == WASM_F64;
}

static uint8_t
read_value_type (struct reader *r)
{
  uint8_t type = read_u8 (r);
  if (r->error == NULL && !is_value_type (type))
    reader_fail (r, "malformed value type");
  return type;
}

static struct wasm_name
read_owned_name (struct decoder *d)
{
  struct wasm_name name = { "", 0 };
  const uint8_t *bytes = read_name (d->r, &name.size);
  if (bytes == NULL)
    return name;
  char *copy = arena_alloc (&d->m->arena, name.size + 1);
  if (copy == NULL)
    {
      oom (d);
      return name;
    }
  memcpy (copy, bytes, name.size);
  name.bytes = copy;
  return name;
}

/* Limits; MAX_ALLOWED bounds both (memories: 65536 pages). */
static struct wasm_limits
read_limits (struct reader *r, uint32_t max_allowed, const char *too_big)
{
  struct wasm_limits limits = { 0, UINT32_MAX };
  uint8_t flags = read_u8 (r);
  if (flags > 1)
    reader_fail (r, "integer too large");
  limits.min = read_u32 (r);
  if (flags == 1)
    limits.max = read_u32 (r);
  if (r->error)
    return limits;
  if (limits.min > max_allowed || (flags == 1 && limits.max > max_allowed))
    reader_fail (r, too_big);
  else if (flags == 1 && limits.min > limits.max)
    reader_fail (r, "size minimum must not be greater than maximum");
  return limits;
}

static struct wasm_limits
read_table_type (struct reader *r)
{
  if (read_u8 (r) != 0x70 && r->error == NULL)
    reader_fail (r, "malformed element type");
  return read_limits (r, UINT32_MAX, "table size");
}

static struct wasm_limits
read_memory_type (struct reader *r)
{
  return read_limits (r, WASM_MAX_PAGES,
                      "memory size must be at most 65536 pages (4GiB)");
}

/* A constant expression of TYPE: one constant or global.get of an
   imported immutable global, then end. */
static struct wasm_init
read_init (struct decoder *d, uint8_t type)
{
  struct reader *r = d->r;
  struct wasm_init init = { false, 0, 0 };
  uint8_t op = read_u8 (r), got = 0;
  switch (op)
    {
    case 0x41: init.bits = (uint32_t) read_s32 (r); got = WASM_I32; break;
    case 0x42: init.bits = (uint64_t) read_s64 (r); got = WASM_I64; break;
    case 0x43: init.bits = read_f32_bits (r); got = WASM_F32; break;
    case 0x44: init.bits = read_f64_bits (r); got = WASM_F64; break;
    case 0x23:
      init.from_global = true;
      init.global = read_u32 (r);
      if (r->error)
        break;
      if (init.global >= d->m->imported_globals)
        reader_fail (r, "unknown global");
      else if (d->m->globals[init.global].mutable_)
        reader_fail (r, "constant expression required");
      else
        got = d->m->globals[init.global].type;
      break;
    case 0x0b:
      reader_fail (r, "type mismatch");
      return init;
    default:
      reader_fail (r, "constant expression required");
      return init;
    }
  if (r->error)
    return init;
  if (got != type)
    reader_fail (r, "type mismatch");
  else if (read_u8 (r) != 0x0b && r->error == NULL)
    reader_fail (r, "constant expression required");
  return init;
}

static bool
decode_types (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  m->type_count = read_count (r);
  m->types = arena_array (&m->arena, m->type_count, sizeof *m->types);
  if (m->types == NULL && m->type_count)
    return oom (d);
  for (uint32_t i = 0; i < m->type_count && !r->error; i++)
    {
      struct wasm_functype *t = &m->types[i];
      if (read_u8 (r) != 0x60)
        return reader_fail (r, "integer representation too long");
      t->param_count = read_count (r);
      const uint8_t *params = read_bytes (r, t->param_count);
      for (uint32_t k = 0; params && k < t->param_count; k++)
        if (!is_value_type (params[k]))
          return reader_fail (r, "malformed value type");
      uint8_t *copy = arena_alloc (&m->arena, t->param_count);
      if (copy == NULL)
        return oom (d);
      if (params)
        memcpy (copy, params, t->param_count);
      t->params = copy;
      t->result_count = read_count (r);
      for (uint32_t k = 0; k < t->result_count && !r->error; k++)
        t->result = read_value_type (r);
      if (t->result_count > 1)
        return reader_fail (r, "invalid result arity");
    }
  return true;
}

static bool
decode_imports (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  m->import_count = read_count (r);
  m->imports = arena_array (&m->arena, m->import_count, sizeof *m->imports);
  if (m->imports == NULL && m->import_count)
    return oom (d);
  for (uint32_t i = 0; i < m->import_count && !r->error; i++)
    {
      struct wasm_import *im = &m->imports[i];
      im->module = read_owned_name (d);
      im->name = read_owned_name (d);
      uint8_t kind = read_u8 (r);
      if (r->error)
        break;
      switch (kind)
        {
        case 0:
          im->kind = WASM_EXTERN_FUNC;
          im->type = read_u32 (r);
          if (!r->error && im->type >= m->type_count)
            return reader_fail (r, "unknown type");
          m->imported_funcs++;
          break;
        case 1:
          im->kind = WASM_EXTERN_TABLE;
          im->limits = read_table_type (r);
          if (m->has_table)
            return reader_fail (r, "multiple tables");
          m->has_table = m->table_imported = true;
          m->table_limits = im->limits;
          break;
        case 2:
          im->kind = WASM_EXTERN_MEMORY;
          im->limits = read_memory_type (r);
          if (m->has_memory)
            return reader_fail (r, "multiple memories");
          m->has_memory = m->memory_imported = true;
          m->memory_limits = im->limits;
          break;
        case 3:
          im->kind = WASM_EXTERN_GLOBAL;
          im->global_type = read_value_type (r);
          uint8_t mut = read_u8 (r);
          if (mut > 1)
            return reader_fail (r, "malformed mutability");
          im->global_mutable = mut;
          m->imported_globals++;
          break;
        default:
          return reader_fail (r, "malformed import kind");
        }
    }
  return true;
}

/* The function index space: imports first, then DEFINED more. */
static bool
make_func_space (struct decoder *d, uint32_t defined)
{
  struct wasm_module *m = d->m;
  if (m->func_types != NULL)
    return true;
  m->func_count = m->imported_funcs + defined;
  m->func_types = arena_array (&m->arena, m->func_count + 1,
                               sizeof *m->func_types);
  if (m->func_types == NULL)
    return oom (d);
  uint32_t f = 0;
  for (uint32_t i = 0; i < m->import_count; i++)
    if (m->imports[i].kind == WASM_EXTERN_FUNC)
      m->func_types[f++] = m->imports[i].type;
  return true;
}

/* The global index space: imports first, then DEFINED more. */
static bool
make_global_space (struct decoder *d, uint32_t defined)
{
  struct wasm_module *m = d->m;
  if (m->globals != NULL)
    return true;
  m->global_count = m->imported_globals + defined;
  m->globals = arena_array (&m->arena, m->global_count + 1,
                            sizeof *m->globals);
  if (m->globals == NULL)
    return oom (d);
  uint32_t g = 0;
  for (uint32_t i = 0; i < m->import_count; i++)
    if (m->imports[i].kind == WASM_EXTERN_GLOBAL)
      {
        m->globals[g].type = m->imports[i].global_type;
        m->globals[g++].mutable_ = m->imports[i].global_mutable;
      }
  return true;
}

static bool
decode_functions (struct decoder *d)
{
  struct reader *r = d->r;
  uint32_t count = read_count (r);
  if (!make_func_space (d, count))
    return false;
  d->declared_funcs = count;
  for (uint32_t i = 0; i < count && !r->error; i++)
    {
      uint32_t type = read_u32 (r);
      if (!r->error && type >= d->m->type_count)
        return reader_fail (r, "unknown type");
      d->m->func_types[d->m->imported_funcs + i] = type;
    }
  return true;
}

/* The table and memory sections: each at most one, counting imports. */
static bool
decode_table_or_memory (struct decoder *d, bool table)
{
  struct reader *r = d->r;
  uint32_t count = read_count (r);
  bool *has = table ? &d->m->has_table : &d->m->has_memory;
  for (uint32_t i = 0; i < count && !r->error; i++)
    {
      struct wasm_limits limits = table ? read_table_type (r)
                                        : read_memory_type (r);
      if (*has)
        return reader_fail (r, table ? "multiple tables" : "multiple memories");
      *has = true;
      *(table ? &d->m->table_limits : &d->m->memory_limits) = limits;
    }
  return true;
}

static bool
decode_tables (struct decoder *d)
{
  return decode_table_or_memory (d, true);
}

static bool
decode_memories (struct decoder *d)
{
  return decode_table_or_memory (d, false);
}

static bool
decode_globals (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  uint32_t count = read_count (r);
  if (!make_global_space (d, count))
    return false;
  for (uint32_t i = 0; i < count && !r->error; i++)
    {
      struct wasm_global_def *g = &m->globals[m->imported_globals + i];
      g->type = read_value_type (r);
      uint8_t mut = read_u8 (r);
      if (mut > 1)
        return reader_fail (r, "malformed mutability");
      g->mutable_ = mut;
      g->init = read_init (d, g->type);
    }
  return true;
}

/* How many things of KIND the module has. */
static uint32_t
extern_count (const struct wasm_module *m, enum wasm_extern_kind kind)
{
  switch (kind)
    {
    case WASM_EXTERN_FUNC: return m->func_count;
    case WASM_EXTERN_TABLE: return m->has_table;
    case WASM_EXTERN_MEMORY: return m->has_memory;
    default: return m->global_count;
    }
}

static bool
decode_exports (struct decoder *d)
{
  static const char *const unknown[] =
    { "unknown function", "unknown table", "unknown memory", "unknown global" };
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  m->export_count = read_count (r);
  m->exports = arena_array (&m->arena, m->export_count, sizeof *m->exports);
  if (m->exports == NULL && m->export_count)
    return oom (d);
  for (uint32_t i = 0; i < m->export_count && !r->error; i++)
    {
      struct wasm_export *e = &m->exports[i];
      e->name = read_owned_name (d);
      uint8_t kind = read_u8 (r);
      e->index = read_u32 (r);
      if (r->error)
        break;
      if (kind > 3)
        return reader_fail (r, "malformed export kind");
      e->kind = kind;
      if (e->index >= extern_count (m, e->kind))
        return reader_fail (r, unknown[kind]);
      for (uint32_t k = 0; k < i; k++)
        if (wasm_name_equal (m->exports[k].name, e->name.bytes, e->name.size))
          return reader_fail (r, "duplicate export name");
    }
  return true;
}

static bool
decode_start (struct decoder *d)
{
  struct reader *r = d->r;
  uint32_t func = read_u32 (r);
  if (r->error)
    return false;
  if (func >= d->m->func_count)
    return reader_fail (r, "unknown function");
  const struct wasm_functype *t = &d->m->types[d->m->func_types[func]];
  if (t->param_count || t->result_count)
    return reader_fail (r, "start function");
  d->m->start = func;
  return true;
}

static bool
decode_elements (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  m->elem_count = read_count (r);
  m->elems = arena_array (&m->arena, m->elem_count, sizeof *m->elems);
  if (m->elems == NULL && m->elem_count)
    return oom (d);
  for (uint32_t i = 0; i < m->elem_count && !r->error; i++)
    {
      struct wasm_elem *e = &m->elems[i];
      uint32_t table = read_u32 (r);
      if (!r->error && (table != 0 || !m->has_table))
        return reader_fail (r, "unknown table");
      e->offset = read_init (d, WASM_I32);
      e->count = read_count (r);
      uint32_t *funcs = arena_array (&m->arena, e->count, sizeof *funcs);
      if (funcs == NULL && e->count)
        return oom (d);
      for (uint32_t k = 0; k < e->count && !r->error; k++)
        {
          funcs[k] = read_u32 (r);
          if (!r->error && funcs[k] >= m->func_count)
            return reader_fail (r, "unknown function");
        }
      e->funcs = funcs;
    }
  return true;
}

static bool
decode_code (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  uint32_t count = read_count (r);
  d->saw_code = true;
  if (r->error)
    return false;
  if (count != d->declared_funcs)
    return reader_fail (r, "function and code section have inconsistent lengths");
  m->codes = arena_array (&m->arena, count, sizeof *m->codes);
  if (m->codes == NULL && count)
    return oom (d);
  for (uint32_t i = 0; i < count && !r->error; i++)
    {
      uint32_t size = read_u32 (r);
      const uint8_t *body = read_bytes (r, size);
      if (body == NULL)
        return false;
      struct reader br;
      reader_init (&br, r->start, body, body + size);
      m->code_bytes += size;
      if (!wasm_compile (m, m->imported_funcs + i, &br, d->error))
        {
          r->error = "";        /* the message is already in d->error */
          return false;
        }
    }
  return true;
}

static bool
decode_data (struct decoder *d)
{
  struct reader *r = d->r;
  struct wasm_module *m = d->m;
  m->data_count = read_count (r);
  m->datas = arena_array (&m->arena, m->data_count, sizeof *m->datas);
  if (m->datas == NULL && m->data_count)
    return oom (d);
  for (uint32_t i = 0; i < m->data_count && !r->error; i++)
    {
      struct wasm_data *data = &m->datas[i];
      uint32_t memory = read_u32 (r);
      if (!r->error && (memory != 0 || !m->has_memory))
        return reader_fail (r, "unknown memory");
      data->offset = read_init (d, WASM_I32);
      data->size = read_u32 (r);
      const uint8_t *bytes = read_bytes (r, data->size);
      if (bytes == NULL)
        return false;
      uint8_t *copy = arena_alloc (&m->arena, data->size);
      if (copy == NULL)
        return oom (d);
      memcpy (copy, bytes, data->size);
      data->bytes = copy;
    }
  return true;
}

static bool
decode_custom (struct decoder *d)
{
  uint32_t size;
  read_name (d->r, &size);
  d->r->pos = d->r->end;
  return d->r->error == NULL;
}

static bool (*const section_decoders[]) (struct decoder *) =
  {
    decode_custom, decode_types, decode_imports, decode_functions,
    decode_tables, decode_memories, decode_globals, decode_exports,
    decode_start, decode_elements, decode_code, decode_data,
  };

/* Decodes one section (its id already read) from R. */
static bool
decode_section (struct decoder *d, struct reader *r, uint8_t id)
{
  uint32_t size = read_u32 (r);
  const uint8_t *body = read_bytes (r, size);
  if (body == NULL)
    return false;
  struct reader sr;
  reader_init (&sr, r->start, body, body + size);
  d->r = &sr;
  /* Later sections need the index spaces, even if their sections are
     absent. */
  bool ok = (id <= SEC_FUNCTION || make_func_space (d, 0))
            && (id <= SEC_GLOBAL || make_global_space (d, 0))
            && section_decoders[id] (d);
  if (ok && !reader_at_end (&sr))
    reader_fail (&sr, "section size mismatch");
  d->r = r;
  if (sr.error == NULL)
    return true;
  r->pos = sr.pos;
  if (sr.error[0] != '\0')
    wasm_error_set (d->error, "offset 0x%x: %s",
                    (unsigned) reader_offset (&sr), sr.error);
  return false;
}

static bool
decode_module (struct decoder *d, struct reader *r)
{
  static const uint8_t header[8] = { 0, 'a', 's', 'm', 1, 0, 0, 0 };
  const uint8_t *magic = read_bytes (r, 8);
  if (magic == NULL || memcmp (magic, header, 4) != 0)
    {
      wasm_error_set (d->error, "magic header not detected");
      return false;
    }
  if (memcmp (magic + 4, header + 4, 4) != 0)
    {
      wasm_error_set (d->error, "unknown binary version");
      return false;
    }
  uint8_t last = 0;
  while (!reader_at_end (r))
    {
      uint8_t id = read_u8 (r);
      if (id > SEC_DATA)
        {
          wasm_error_set (d->error, "offset 0x%x: malformed section id",
                          (unsigned) reader_offset (r) - 1);
          return false;
        }
      if (id != SEC_CUSTOM && id <= last)
        {
          wasm_error_set (d->error, "offset 0x%x: unexpected section",
                          (unsigned) reader_offset (r) - 1);
          return false;
        }
      if (id != SEC_CUSTOM)
        last = id;
      if (!decode_section (d, r, id))
        {
          if (r->error)
            wasm_error_set (d->error, "offset 0x%x: %s",
                            (unsigned) reader_offset (r), r->error);
          return false;
        }
    }
  if (d->declared_funcs != 0 && !d->saw_code)
    {
      wasm_error_set (d->error,
                      "function and code section have inconsistent lengths");
      return false;
    }
  d->r = r;
  return make_func_space (d, 0) && make_global_space (d, 0);
}

struct wasm_module *
wasm_module_load (const struct wasm_allocator *alloc, const uint8_t *bytes,
                  size_t size, struct wasm_error *error)
{
  struct wasm_module *m = alloc->resize (alloc->ctx, NULL, 0, sizeof *m);
  if (m == NULL)
    {
      wasm_error_set (error, "out of memory");
      return NULL;
    }
  memset (m, 0, sizeof *m);
  m->alloc = *alloc;
  arena_init (&m->arena, &m->alloc);
  m->start = -1;
  error->message[0] = '\0';
  struct reader r;
  reader_init (&r, bytes, bytes, bytes + size);
  struct decoder d = { m, &r, error, 0, false };
  if (!decode_module (&d, &r))
    {
      if (error->message[0] == '\0')
        wasm_error_set (error, "%s", d.r->error ? d.r->error : "malformed");
      wasm_module_free (m);
      return NULL;
    }
  return m;
}

void
wasm_module_free (struct wasm_module *m)
{
  if (m == NULL)
    return;
  struct wasm_allocator alloc = m->alloc;
  arena_free (&m->arena);
  alloc.resize (alloc.ctx, m, sizeof *m, 0);
}

size_t
wasm_module_import_count (const struct wasm_module *m)
{
  return m->import_count;
}

void
wasm_module_import (const struct wasm_module *m, size_t i,
                    const char **module, size_t *module_size,
                    const char **name, size_t *name_size,
                    enum wasm_extern_kind *kind)
{
  const struct wasm_import *im = &m->imports[i];
  *module = im->module.bytes;
  *module_size = im->module.size;
  *name = im->name.bytes;
  *name_size = im->name.size;
  *kind = im->kind;
}

void
wasm_module_code_sizes (const struct wasm_module *m, size_t *ir_bytes,
                        size_t *wasm_bytes)
{
  size_t bytes = 0;
  for (uint32_t i = 0; i < m->func_count - m->imported_funcs; i++)
    {
      const struct wasm_code *code = &m->codes[i];
      bytes += code->ir_units * sizeof *code->ir
               + (code->const_count + 1) * sizeof *code->consts;
    }
  *ir_bytes = bytes;
  *wasm_bytes = m->code_bytes;
}
