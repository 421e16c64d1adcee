/* Bad WASM modules never take the kernel down: a file that is missing,
   truncated, not WebAssembly at all, or well formed but ill typed is
   refused with a message that says why, nothing it allocated on the way
   is kept, and a good module runs afterwards as always. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include "tests/ipwis/kernel/wasm-fixture.h"

static void
refused (const char *file)
{
  struct engine_budget budget;
  struct wasm_error error;
  engine_budget_init (&budget, SIZE_MAX);
  struct wasm_module *module = engine_load_file (&budget, file, &error);
  if (module != NULL)
    fail ("%s was loaded", file);
  if (budget.in_use != 0)
    fail ("refusing %s kept %zu bytes", file, budget.in_use);
  msg ("refused: %s", error.message);
}

void
test_wasm_bad_modules (void)
{
  refused ("absent.wasm");
  refused ("truncated.wasm");
  refused ("not-wasm.wasm");
  refused ("bad-types.wasm");

  struct fixture f;
  fixture_open (&f, "spin.wasm", SIZE_MAX, NULL, 0);
  msg ("then a good module: seven returns %" PRIu32,
       fixture_call (&f, "seven", NULL).i32);
  fixture_close (&f);
}
