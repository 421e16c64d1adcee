/* The host's allocator and file reading. */
#include "host.h"
#include <stdio.h>
#include <stdlib.h>

static void *
host_resize (void *ctx, void *block, size_t old_size, size_t new_size)
{
  (void) ctx;
  (void) old_size;
  if (new_size == 0)
    {
      free (block);
      return NULL;
    }
  return realloc (block, new_size);
}

const struct wasm_allocator host_allocator = { host_resize, NULL };

uint8_t *
read_file (const char *path, size_t *size)
{
  FILE *file = fopen (path, "rb");
  if (file == NULL)
    {
      perror (path);
      return NULL;
    }
  size_t cap = 65536, used = 0;
  uint8_t *data = malloc (cap);
  size_t n;
  while ((n = fread (data + used, 1, cap - used, file)) > 0)
    {
      used += n;
      if (used == cap)
        data = realloc (data, cap *= 2);
    }
  fclose (file);
  *size = used;
  return data;
}
