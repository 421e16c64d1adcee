/* The WASI preview 1 functions of wasi.h.  Each reads its arguments from
   the slots, checks that every buffer it was given lies inside the
   caller's memory, and returns a WASI error number as its result. */
#include "ipwis/wasm/wasi.h"
#include <string.h>
#include "ipwis/wasm/internal.h"

#define WASI_MODULE "wasi_snapshot_preview1"

/* The SIZE bytes at ADDRESS in MEMORY, or NULL if they are not all in it. */
static uint8_t *
span (struct wasm_memory *memory, uint32_t address, uint64_t size)
{
  if (memory == NULL || (uint64_t) address + size > memory->size)
    return NULL;
  return memory->data + address;
}

static void
put32 (uint8_t *p, uint32_t v)
{
  memcpy (p, &v, 4);
}

static uint32_t
get32 (const uint8_t *p)
{
  uint32_t v;
  memcpy (&v, p, 4);
  return v;
}

/* fd_read and fd_write: a list of (buffer, length) pairs. */
static enum wasm_trap
transfer (struct wasi *w, struct wasm_memory *memory, union wasm_slot *s,
          bool writing)
{
  uint32_t fd = s[0].i32, iovs = s[1].i32, count = s[2].i32;
  uint8_t *list = span (memory, iovs, (uint64_t) count * 8);
  uint8_t *done = span (memory, s[3].i32, 4);
  uint32_t total = 0;
  if (list == NULL || done == NULL)
    {
      s[0].i32 = WASI_EFAULT;
      return WASM_TRAP_NONE;
    }
  for (uint32_t i = 0; i < count; i++)
    {
      uint32_t length = get32 (list + 8 * i + 4);
      uint8_t *buffer = span (memory, get32 (list + 8 * i), length);
      if (buffer == NULL)
        {
          s[0].i32 = WASI_EFAULT;
          return WASM_TRAP_NONE;
        }
      int32_t n = writing ? w->io.write (w->io.ctx, fd, buffer, length)
                          : w->io.read (w->io.ctx, fd, buffer, length);
      if (n < 0)
        {
          s[0].i32 = (uint32_t) -n;
          return WASM_TRAP_NONE;
        }
      total += (uint32_t) n;
      if ((uint32_t) n < length)
        break;
    }
  put32 (done, total);
  s[0].i32 = WASI_ESUCCESS;
  return WASM_TRAP_NONE;
}

static enum wasm_trap
fd_write (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  return transfer (ctx, memory, s, true);
}

static enum wasm_trap
fd_read (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  return transfer (ctx, memory, s, false);
}

static enum wasm_trap
fd_close (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  (void) memory;
  s[0].i32 = (uint32_t) w->io.close (w->io.ctx, s[0].i32);
  return WASM_TRAP_NONE;
}

static enum wasm_trap
fd_seek (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  uint8_t *out = span (memory, s[3].i32, 8);
  uint64_t position = 0;
  if (out == NULL)
    {
      s[0].i32 = WASI_EFAULT;
      return WASM_TRAP_NONE;
    }
  if (s[2].i32 > 2)
    {
      s[0].i32 = WASI_EINVAL;
      return WASM_TRAP_NONE;
    }
  int32_t error = w->io.seek (w->io.ctx, s[0].i32, (int64_t) s[1].i64,
                              (uint8_t) s[2].i32, &position);
  if (error == 0)
    memcpy (out, &position, 8);
  s[0].i32 = (uint32_t) error;
  return WASM_TRAP_NONE;
}

/* The fdstat record: file type, flags, and the rights, all granted. */
static enum wasm_trap
fd_fdstat_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  uint8_t *out = span (memory, s[1].i32, 24);
  uint8_t type;
  if (out == NULL)
    s[0].i32 = WASI_EFAULT;
  else if (!w->io.file_type (w->io.ctx, s[0].i32, &type))
    s[0].i32 = WASI_EBADF;
  else
    {
      memset (out, 0, 24);
      out[0] = type;
      memset (out + 8, 0xff, 16);
      s[0].i32 = WASI_ESUCCESS;
    }
  return WASM_TRAP_NONE;
}

/* args_sizes_get and environ_sizes_get: how many strings, how many bytes. */
static void
string_sizes (struct wasm_memory *memory, union wasm_slot *s, int count,
              const char *const *strings)
{
  uint8_t *count_out = span (memory, s[0].i32, 4);
  uint8_t *size_out = span (memory, s[1].i32, 4);
  if (count_out == NULL || size_out == NULL)
    {
      s[0].i32 = WASI_EFAULT;
      return;
    }
  uint32_t bytes = 0;
  for (int i = 0; i < count; i++)
    bytes += (uint32_t) strlen (strings[i]) + 1;
  put32 (count_out, (uint32_t) count);
  put32 (size_out, bytes);
  s[0].i32 = WASI_ESUCCESS;
}

/* args_get and environ_get: the pointers, and the strings they point to. */
static void
strings_get (struct wasm_memory *memory, union wasm_slot *s, int count,
             const char *const *strings)
{
  uint32_t pointers = s[0].i32, buffer = s[1].i32;
  for (int i = 0; i < count; i++)
    {
      uint32_t size = (uint32_t) strlen (strings[i]) + 1;
      uint8_t *pointer = span (memory, pointers + 4 * (uint32_t) i, 4);
      uint8_t *bytes = span (memory, buffer, size);
      if (pointer == NULL || bytes == NULL)
        {
          s[0].i32 = WASI_EFAULT;
          return;
        }
      put32 (pointer, buffer);
      memcpy (bytes, strings[i], size);
      buffer += size;
    }
  s[0].i32 = WASI_ESUCCESS;
}

static enum wasm_trap
args_sizes_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  string_sizes (memory, s, w->argc, w->argv);
  return WASM_TRAP_NONE;
}

static enum wasm_trap
args_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  strings_get (memory, s, w->argc, w->argv);
  return WASM_TRAP_NONE;
}

static enum wasm_trap
environ_sizes_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  string_sizes (memory, s, w->envc, w->envp);
  return WASM_TRAP_NONE;
}

static enum wasm_trap
environ_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  strings_get (memory, s, w->envc, w->envp);
  return WASM_TRAP_NONE;
}

static enum wasm_trap
clock_time_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  uint8_t *out = span (memory, s[2].i32, 8);
  uint64_t now;
  if (out == NULL)
    s[0].i32 = WASI_EFAULT;
  else if (!w->io.clock (w->io.ctx, s[0].i32, &now))
    s[0].i32 = WASI_EINVAL;
  else
    {
      memcpy (out, &now, 8);
      s[0].i32 = WASI_ESUCCESS;
    }
  return WASM_TRAP_NONE;
}

static enum wasm_trap
random_get (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  uint8_t *out = span (memory, s[0].i32, s[1].i32);
  if (out == NULL)
    s[0].i32 = WASI_EFAULT;
  else
    {
      w->io.random (w->io.ctx, out, s[1].i32);
      s[0].i32 = WASI_ESUCCESS;
    }
  return WASM_TRAP_NONE;
}

static enum wasm_trap
proc_exit (void *ctx, struct wasm_memory *memory, union wasm_slot *s)
{
  struct wasi *w = ctx;
  (void) memory;
  w->exit_code = (int32_t) s[0].i32;
  return WASM_TRAP_EXIT;
}

static const struct
  {
    const char *name;
    const char *signature;
    wasm_host_fn *fn;
  }
functions[WASI_FUNCTIONS] =
  {
    { "fd_write", "iiii:i", fd_write },
    { "fd_read", "iiii:i", fd_read },
    { "fd_close", "i:i", fd_close },
    { "fd_seek", "iIii:i", fd_seek },
    { "fd_fdstat_get", "ii:i", fd_fdstat_get },
    { "args_get", "ii:i", args_get },
    { "args_sizes_get", "ii:i", args_sizes_get },
    { "environ_get", "ii:i", environ_get },
    { "environ_sizes_get", "ii:i", environ_sizes_get },
    { "clock_time_get", "iIi:i", clock_time_get },
    { "random_get", "ii:i", random_get },
    { "proc_exit", "i:", proc_exit },
  };

bool
wasi_init (struct wasi *w, const struct wasm_allocator *alloc,
           const struct wasi_io *io, int argc, const char *const *argv,
           int envc, const char *const *envp)
{
  memset (w, 0, sizeof *w);
  w->io = *io;
  w->argc = argc;
  w->argv = argv;
  w->envc = envc;
  w->envp = envp;
  for (int i = 0; i < WASI_FUNCTIONS; i++)
    {
      w->funcs[i] = wasm_host_func_new (alloc, functions[i].signature,
                                        functions[i].fn, w);
      if (w->funcs[i] == NULL)
        {
          wasi_free (w);
          return false;
        }
    }
  return true;
}

void
wasi_free (struct wasi *w)
{
  for (int i = 0; i < WASI_FUNCTIONS; i++)
    {
      wasm_host_func_free (w->funcs[i]);
      w->funcs[i] = NULL;
    }
}

bool
wasi_link (struct wasi *w, const struct wasm_module *m,
           struct wasm_extern *imports, struct wasm_error *error)
{
  for (size_t i = 0; i < wasm_module_import_count (m); i++)
    {
      const char *module, *name;
      size_t module_size, name_size;
      enum wasm_extern_kind kind;
      wasm_module_import (m, i, &module, &module_size, &name, &name_size,
                          &kind);
      int found = -1;
      if (kind == WASM_EXTERN_FUNC && module_size == strlen (WASI_MODULE)
          && memcmp (module, WASI_MODULE, module_size) == 0)
        for (int k = 0; k < WASI_FUNCTIONS; k++)
          if (strlen (functions[k].name) == name_size
              && memcmp (functions[k].name, name, name_size) == 0)
            found = k;
      if (found < 0)
        {
          wasm_error_set (error, "import %.*s.%.*s is not supported",
                          (int) module_size, module, (int) name_size, name);
          return false;
        }
      imports[i].kind = WASM_EXTERN_FUNC;
      imports[i].u.func = w->funcs[found];
    }
  return true;
}
