/* The counting allocator and module loading of check.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static size_t live;
static long allowed = -1;

/* Each block is preceded by its size. */
static void *
counting_resize (void *ctx, void *block, size_t old_size, size_t new_size)
{
  (void) ctx;
  size_t *header = block ? (size_t *) block - 1 : NULL;
  if (header != NULL)
    EXPECT (*header == old_size, "block of %zu bytes resized as %zu",
            *header, old_size);
  if (new_size == 0)
    {
      if (header != NULL)
        live--;
      free (header);
      return NULL;
    }
  if (allowed == 0)
    return NULL;
  if (allowed > 0)
    allowed--;
  size_t *grown = realloc (header, new_size + sizeof *grown);
  if (grown == NULL)
    return NULL;
  if (header == NULL)
    live++;
  *grown = new_size;
  return grown + 1;
}

const struct wasm_allocator counting_allocator = { counting_resize, NULL };

size_t
live_blocks (void)
{
  return live;
}

void
fail_allocations_after (long count)
{
  allowed = count;
}

struct wasm_module *
load_unit_module (const char *name)
{
  char path[256];
  snprintf (path, sizeof path, "build/unit/%s.wasm", name);
  FILE *file = fopen (path, "rb");
  EXPECT (file != NULL, "cannot open %s", path);
  static unsigned char bytes[1 << 16];
  size_t size = fread (bytes, 1, sizeof bytes, file);
  fclose (file);
  struct wasm_error error;
  struct wasm_module *m = wasm_module_load (&counting_allocator, bytes, size,
                                            &error);
  EXPECT (m != NULL, "%s: %s", path, error.message);
  return m;
}

struct wasm_func *
export_func (struct wasm_instance *inst, const char *name)
{
  struct wasm_extern ext;
  EXPECT (wasm_instance_export (inst, name, strlen (name), &ext)
          && ext.kind == WASM_EXTERN_FUNC, "no function %s", name);
  return ext.u.func;
}
