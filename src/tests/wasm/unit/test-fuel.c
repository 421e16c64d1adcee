/* Fuel: a call stops when its budget is spent, at a branch or a call,
   and resuming it costs nothing extra and gives the same result; an
   abandoned call leaves the exec reusable and leaks nothing. */
#include <stdint.h>
#include "check.h"

struct fixture
  {
    struct wasm_module *m;
    struct wasm_instance *inst;
    struct wasm_exec *exec;
  };

static void
setup (struct fixture *f)
{
  struct wasm_error error;
  f->m = load_unit_module ("fuel");
  f->inst = wasm_instance_new (f->m, NULL, 0, 1, &error);
  EXPECT (f->inst != NULL, "instantiate: %s", error.message);
  f->exec = wasm_exec_new (&counting_allocator, 4096, 100);
  EXPECT (f->exec != NULL, "no exec");
}

static void
teardown (struct fixture *f)
{
  wasm_exec_free (f->exec);
  wasm_instance_free (f->inst);
  wasm_module_free (f->m);
}

/* Runs FUNC (ARG) in budgets of CHUNK; returns the fuel it used. */
static int64_t
run_in_chunks (struct fixture *f, const char *name, uint32_t arg,
               int64_t chunk, uint32_t *result, int *stops)
{
  union wasm_slot args[1] = { { .i32 = arg } };
  int64_t used = 0;
  *stops = 0;
  wasm_exec_set_fuel (f->exec, chunk);
  enum wasm_status status = wasm_call (f->exec, export_func (f->inst, name), args);
  while (status == WASM_OUT_OF_FUEL)
    {
      EXPECT (wasm_exec_fuel (f->exec) == 0, "stopped with fuel left");
      used += chunk;
      ++*stops;
      wasm_exec_set_fuel (f->exec, chunk);
      status = wasm_resume (f->exec);
    }
  EXPECT (status == WASM_DONE, "status %d", status);
  used += chunk - wasm_exec_fuel (f->exec);
  *result = wasm_exec_results (f->exec)[0].i32;
  return used;
}

void
test_fuel (void)
{
  struct fixture f;
  uint32_t result;
  int stops;
  setup (&f);

  /* count (1000) takes 999 back-edges; in any budget the total is the same. */
  int64_t whole = run_in_chunks (&f, "count", 1000, 1000000, &result, &stops);
  EXPECT (result == 1000 && stops == 0, "count: %u", result);
  EXPECT (whole == 999, "count (1000) used %lld units", (long long) whole);
  int64_t pieces = run_in_chunks (&f, "count", 1000, 7, &result, &stops);
  EXPECT (result == 1000 && pieces == whole && stops == 999 / 7,
          "in chunks of 7: result %u, %lld units, %d stops", result,
          (long long) pieces, stops);

  /* fib (15): calls and branches, stopped and resumed 1000s of times. */
  whole = run_in_chunks (&f, "fib", 15, 1 << 20, &result, &stops);
  EXPECT (result == 610, "fib (15) = %u", result);
  pieces = run_in_chunks (&f, "fib", 15, 3, &result, &stops);
  EXPECT (result == 610 && pieces == whole && stops > 1000,
          "fib in chunks of 3: %u, %lld of %lld units, %d stops", result,
          (long long) pieces, (long long) whole, stops);

  /* No fuel: stops before the first branch, and stays stopped. */
  wasm_exec_set_fuel (f.exec, 0);
  EXPECT (wasm_call (f.exec, export_func (f.inst, "forever"), NULL)
          == WASM_OUT_OF_FUEL, "forever ran without fuel");
  EXPECT (wasm_resume (f.exec) == WASM_OUT_OF_FUEL, "resumed without fuel");

  /* An endless loop, abandoned; the exec then runs something else. */
  wasm_exec_set_fuel (f.exec, 100000);
  EXPECT (wasm_call (f.exec, export_func (f.inst, "forever"), NULL)
          == WASM_OUT_OF_FUEL, "forever ended");
  wasm_exec_abandon (&*f.exec);
  EXPECT (wasm_resume (f.exec) == WASM_DONE, "abandoned call resumed");
  wasm_exec_set_fuel (f.exec, 10);
  EXPECT (wasm_call (f.exec, export_func (f.inst, "seven"), NULL) == WASM_DONE
          && wasm_exec_results (f.exec)[0].i32 == 7, "seven after abandon");

  /* A call stopped by fuel and never finished leaks nothing. */
  wasm_exec_set_fuel (f.exec, 50);
  wasm_call (f.exec, export_func (f.inst, "fib"), (union wasm_slot[]) { { .i32 = 20 } });
  teardown (&f);
  EXPECT (live_blocks () == 0, "%zu blocks leaked", live_blocks ());
}
