/* Bad WASM modules never take the kernel down: a file that is missing,
   truncated, not WebAssembly at all, or well formed but ill typed is
   refused with a message that names the file and says why, nothing
   allocated on the way is kept, and a good module loads afterwards. */
#include "tests/ipwis/kernel/tests.h"
#include "ipwis/engine-memory.h"

/* Enough for any of the modules below. */
#define BUDGET (256 * 1024)

static void
refused (const char *file)
{
  struct engine_memory memory;
  struct wasm_error error;
  engine_memory_init (&memory, BUDGET);
  struct wasm_module *module = engine_load_file (&memory, file, &error);
  if (module != NULL)
    fail ("%s was loaded", file);
  if (memory.used != 0)
    fail ("refusing %s kept %zu bytes", file, memory.used);
  msg ("refused: %s", error.message);
}

void
test_engine_bad_modules (void)
{
  refused ("absent.wasm");
  refused ("truncated.wasm");
  refused ("not-wasm.wasm");
  refused ("bad-types.wasm");

  struct engine_memory memory;
  struct wasm_error error;
  engine_memory_init (&memory, BUDGET);
  struct wasm_module *module = engine_load_file (&memory, "floats.wasm", &error);
  if (module == NULL)
    fail ("then a good module was refused: %s", error.message);
  wasm_module_free (module);
  msg ("then a good module loads, and gives back all it took: %s",
       memory.used == 0 ? "yes" : "no");
}
