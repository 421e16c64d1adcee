/* The WASM kernel tests' common steps; see wasm-fixture.h. */
#include "tests/ipwis/kernel/wasm-fixture.h"
#include <string.h>
#include "tests/ipwis/kernel/tests.h"

/* Enough for our test modules: their deepest honest recursion is a few
   frames; the bottomless one must hit this limit. */
#define STACK_SLOTS 4096
#define CALL_DEPTH 256

static const char *const status_names[] =
  { "returned", "trapped", "ran out of fuel", "exited" };

void
fixture_open (struct fixture *f, const char *file, size_t limit,
              const struct wasm_extern *imports, size_t count)
{
  struct wasm_error error;
  engine_budget_init (&f->budget, limit);
  f->module = engine_load_file (&f->budget, file, &error);
  if (f->module == NULL)
    fail ("cannot load %s: %s", file, error.message);
  f->instance = wasm_instance_new (f->module, imports, count, UINT32_MAX,
                                   &error);
  if (f->instance == NULL)
    fail ("cannot instantiate %s: %s", file, error.message);
  f->exec = wasm_exec_new (&f->budget.allocator, STACK_SLOTS, CALL_DEPTH);
  if (f->exec == NULL)
    fail ("no memory for an exec of %s", file);
}

struct wasm_func *
fixture_export (struct fixture *f, const char *name)
{
  struct wasm_extern export;
  if (!wasm_instance_export (f->instance, name, strlen (name), &export)
      || export.kind != WASM_EXTERN_FUNC)
    fail ("the module exports no function %s", name);
  return export.u.func;
}

void
fixture_call_ending (struct fixture *f, const char *name,
                     const union wasm_slot *args, int64_t fuel,
                     enum wasm_status status)
{
  wasm_exec_set_fuel (f->exec, fuel);
  enum wasm_status got = wasm_call (f->exec, fixture_export (f, name), args);
  if (got == status)
    return;
  if (got == WASM_TRAPPED)
    fail ("%s trapped: %s", name, wasm_trap_message (wasm_exec_trap (f->exec)));
  fail ("%s %s, where it should have %s", name, status_names[got],
        status_names[status]);
}

union wasm_slot
fixture_call (struct fixture *f, const char *name, const union wasm_slot *args)
{
  fixture_call_ending (f, name, args, WASM_FUEL_UNLIMITED, WASM_DONE);
  return wasm_exec_results (f->exec)[0];
}

void
fixture_close (struct fixture *f)
{
  wasm_exec_free (f->exec);
  wasm_instance_free (f->instance);
  wasm_module_free (f->module);
  if (f->budget.in_use != 0)
    fail ("%zu bytes the engine was given never came back", f->budget.in_use);
}
