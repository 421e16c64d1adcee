/* WASI through a fake embedder: what the program writes, reads, and the
   clock and random bytes it gets are all this file's, so the output is
   exact; bad pointers give EFAULT; an unsupported import is refused
   with its name. */
#include <string.h>
#include "check.h"
#include "ipwis/wasm/wasi.h"

static char output[256];
static size_t output_size;

static int32_t
fake_write (void *ctx, uint32_t fd, const uint8_t *data, uint32_t size)
{
  (void) ctx;
  EXPECT (fd == 1, "write to fd %u", fd);
  EXPECT (output_size + size < sizeof output, "too much output");
  memcpy (output + output_size, data, size);
  output_size += size;
  return (int32_t) size;
}

static int32_t
fake_read (void *ctx, uint32_t fd, uint8_t *data, uint32_t size)
{
  (void) ctx;
  EXPECT (fd == 0 && size == 16, "read of %u from fd %u", size, fd);
  memcpy (data, "input\n", 6);
  return 6;
}

static int32_t fake_close (void *ctx, uint32_t fd) { (void) ctx; (void) fd; return 0; }

static int32_t
fake_seek (void *ctx, uint32_t fd, int64_t offset, uint8_t whence, uint64_t *pos)
{
  (void) ctx, (void) fd, (void) offset, (void) whence, (void) pos;
  return WASI_ESPIPE;
}

static bool
fake_file_type (void *ctx, uint32_t fd, uint8_t *type)
{
  (void) ctx;
  *type = 2;
  return fd <= 2;
}

static bool
fake_clock (void *ctx, uint32_t id, uint64_t *ns)
{
  (void) ctx;
  *ns = 0x3837363534333231ull;          /* "12345678" */
  return id == 1;
}

static void
fake_random (void *ctx, uint8_t *buffer, uint32_t size)
{
  (void) ctx;
  memset (buffer, 'r', size);
}

static const struct wasi_io fake_io =
  { fake_write, fake_read, fake_close, fake_seek, fake_file_type, fake_clock,
    fake_random, NULL };

void
test_wasi (void)
{
  static const char *const argv[] = { "prog", "world" };
  struct wasi wasi;
  struct wasm_error error;
  EXPECT (wasi_init (&wasi, &counting_allocator, &fake_io, 2, argv, 0, NULL),
          "wasi_init");

  struct wasm_module *m = load_unit_module ("wasi");
  struct wasm_extern imports[7];
  EXPECT (wasi_link (&wasi, m, imports, &error), "link: %s", error.message);
  struct wasm_instance *inst = wasm_instance_new (m, imports, 7, 1, &error);
  EXPECT (inst != NULL, "instantiate: %s", error.message);
  struct wasm_exec *exec = wasm_exec_new (&counting_allocator, 1024, 16);
  enum wasm_status status = wasm_call (exec, export_func (inst, "_start"), NULL);
  EXPECT (status == WASM_EXITED && wasi.exit_code == 3,
          "status %d (%s), exit code %d", status,
          wasm_trap_message (wasm_exec_trap (exec)), wasi.exit_code);
  static const char expected[] = "hello\nworldinput\n12345678rrrr";
  EXPECT (output_size == strlen (expected)
          && memcmp (output, expected, output_size) == 0,
          "output \"%.*s\"", (int) output_size, output);
  wasm_exec_free (exec);
  wasm_instance_free (inst);
  wasm_module_free (m);

  m = load_unit_module ("unsupported");
  EXPECT (!wasi_link (&wasi, m, imports, &error)
          && strstr (error.message, "path_open is not supported") != NULL,
          "unsupported import: %s", error.message);
  wasm_module_free (m);
  wasi_free (&wasi);
  EXPECT (live_blocks () == 0, "%zu blocks leaked", live_blocks ());
}
