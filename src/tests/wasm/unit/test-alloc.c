/* Out of memory at every step: loading, instantiating and running a
   module with the Nth allocation failing, for every N until all
   succeed.  Each attempt must fail cleanly or work, and leave nothing
   allocated once its objects are freed. */
#include <stdio.h>
#include <string.h>
#include "check.h"

/* Tries everything once; true if it all worked. */
static bool
attempt (const unsigned char *bytes, size_t size)
{
  struct wasm_error error;
  bool worked = false;
  struct wasm_module *m = wasm_module_load (&counting_allocator, bytes, size, &error);
  struct wasm_instance *inst = NULL;
  struct wasm_exec *exec = NULL;
  if (m == NULL)
    EXPECT (strstr (error.message, "out of memory") != NULL,
            "load failed: %s", error.message);
  else if ((inst = wasm_instance_new (m, NULL, 0, 4, &error)) == NULL)
    EXPECT (strstr (error.message, "memory") != NULL, "instantiate: %s",
            error.message);
  else if ((exec = wasm_exec_new (&counting_allocator, 256, 8)) != NULL)
    {
      EXPECT (wasm_call (exec, export_func (inst, "run"), NULL) == WASM_DONE,
              "run trapped");
      EXPECT (wasm_exec_results (exec)[0].i32 == 100 * 2 + 6, "run gave %u",
              wasm_exec_results (exec)[0].i32);
      worked = true;
    }
  wasm_exec_free (exec);
  wasm_instance_free (inst);
  wasm_module_free (m);
  EXPECT (live_blocks () == 0, "%zu blocks leaked", live_blocks ());
  return worked;
}

void
test_alloc (void)
{
  static unsigned char bytes[4096];
  FILE *file = fopen ("build/unit/busy.wasm", "rb");
  EXPECT (file != NULL, "no busy.wasm");
  size_t size = fread (bytes, 1, sizeof bytes, file);
  fclose (file);
  long n = 0;
  for (;; n++)
    {
      fail_allocations_after (n);
      if (attempt (bytes, size))
        break;
      EXPECT (n < 10000, "never succeeded");
    }
  EXPECT (n > 5, "only %ld allocations", n);
}
