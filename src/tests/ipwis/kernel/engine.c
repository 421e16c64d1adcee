/* The WASM engine inside the kernel: modules from the disk (assembled
   from the .wat files of tests/ipwis/wasm), run by kernel threads with memory from
   the user pool. engine-run checks integer code, memory, tables and a
   trap; engine-float long float chains whose bits the host computed;
   engine-threads two instances that the scheduler interleaves;
   engine-fuel a run cut into many slices by its fuel budget and resumed
   each time, which must end exactly as an uncut run does. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include <string.h>
#include "ipwis/engine-memory.h"
#include "threads/synch.h"
#include "threads/thread.h"

#define BUDGET (1024 * 1024)

/* One loaded module with one instance and one exec. */
struct engine_run
  {
    struct engine_memory memory;
    struct wasm_module *module;
    struct wasm_instance *instance;
    struct wasm_exec *exec;
    struct wasm_func *progress;         /* The import test.progress, if any. */
    struct wasm_func *called;           /* The function called last. */
    unsigned progress_calls, other_moves;
    const struct engine_run *other;
    unsigned other_seen;
  };

/* test.progress: notes whether the other run moved since the last call. */
static enum wasm_trap
progress (void *run_, struct wasm_memory *memory UNUSED, union wasm_slot *slots UNUSED)
{
  struct engine_run *r = run_;
  r->progress_calls++;
  if (r->other != NULL && r->other->progress_calls != r->other_seen)
    {
      r->other_moves++;
      r->other_seen = r->other->progress_calls;
    }
  return WASM_TRAP_NONE;
}

static void
engine_open (struct engine_run *r, const char *file)
{
  struct wasm_error error;
  memset (r, 0, sizeof *r);
  engine_memory_init (&r->memory, BUDGET);
  r->module = engine_load_file (&r->memory, file, &error);
  if (r->module == NULL)
    fail ("%s refused: %s", file, error.message);
  struct wasm_extern imports[1];
  size_t import_cnt = wasm_module_import_count (r->module);
  if (import_cnt > 0)
    {
      r->progress = wasm_host_func_new (&r->memory.alloc, "i:", progress, r);
      imports[0] = (struct wasm_extern) { WASM_EXTERN_FUNC, { .func = r->progress } };
    }
  r->instance = wasm_instance_new (r->module, imports, import_cnt, 16, &error);
  if (r->instance == NULL)
    fail ("%s not instantiated: %s", file, error.message);
  r->exec = wasm_exec_new (&r->memory.alloc, 4096, 256);
  if (r->exec == NULL)
    fail ("no memory for an exec");
}

static void
engine_close (struct engine_run *r)
{
  wasm_exec_free (r->exec);
  wasm_instance_free (r->instance);
  if (r->progress != NULL)
    wasm_host_func_free (r->progress);
  wasm_module_free (r->module);
  if (r->memory.used != 0)
    fail ("%zu bytes of the user pool not given back", r->memory.used);
}

/* Starts calling export NAME with ARGS; the status. */
static enum wasm_status
engine_start (struct engine_run *r, const char *name, const union wasm_slot *args)
{
  struct wasm_extern f;
  if (!wasm_instance_export (r->instance, name, strlen (name), &f) || f.kind != WASM_EXTERN_FUNC)
    fail ("no function %s exported", name);
  r->called = f.u.func;
  return wasm_call (r->exec, f.u.func, args);
}

/* The first result of R's last call, as an unsigned number. */
static uint64_t
engine_result (const struct engine_run *r)
{
  const union wasm_slot *result = wasm_exec_results (r->exec);
  enum wasm_type type = wasm_func_result_type (r->called, 0);
  return type == WASM_I64 || type == WASM_F64 ? result->i64 : result->i32;
}

/* Calls NAME (ARGS) with unlimited fuel; its first result. */
static uint64_t
engine_call (struct engine_run *r, const char *name, const union wasm_slot *args)
{
  wasm_exec_set_fuel (r->exec, WASM_FUEL_UNLIMITED);
  enum wasm_status status = engine_start (r, name, args);
  if (status != WASM_DONE)
    fail ("%s did not return: status %d, trap: %s", name, status,
          wasm_trap_message (wasm_exec_trap (r->exec)));
  return engine_result (r);
}

static void
expect (struct engine_run *r, const char *what, const char *name,
        const union wasm_slot *args, uint64_t expected)
{
  uint64_t got = engine_call (r, name, args);
  if (got != expected)
    fail ("%s: %#" PRIx64 ", not %#" PRIx64, what, got, expected);
  msg ("%s: %#" PRIx64, what, got);
}

/* Slots of i32 values A and B (for calls of one or two arguments). */
#define ARGS(A, B) ((const union wasm_slot[]) { { .i64 = (uint32_t) (A) }, { .i64 = (uint32_t) (B) } })

void
test_engine_run (void)
{
  struct engine_run r;
  engine_open (&r, "engine.wasm");
  expect (&r, "fib (25)", "fib", (const union wasm_slot[]) { { .i64 = 25 } }, 75025);
  expect (&r, "sum of 1000 bytes through memory", "memsum", ARGS (1000, 0), 126516);
  expect (&r, "call_indirect square (12)", "apply", ARGS (1, 12), 144);
  expect (&r, "call_indirect double (12)", "apply", ARGS (0, 12), 24);
  expect (&r, "memory.grow by 3 pages from 1", "grow", ARGS (3, 0), 1);
  expect (&r, "memory.grow past the module's maximum", "grow", ARGS (1, 0), UINT32_MAX);
  wasm_exec_set_fuel (r.exec, WASM_FUEL_UNLIMITED);
  enum wasm_status status = engine_start (&r, "divide", ARGS (7, 0));
  if (status != WASM_TRAPPED)
    fail ("7 / 0 did not trap (status %d)", status);
  msg ("7 / 0 traps: %s", wasm_trap_message (wasm_exec_trap (r.exec)));
  expect (&r, "the instance runs on after a trap: fib (10)", "fib",
          (const union wasm_slot[]) { { .i64 = 10 } }, 55);
  engine_close (&r);
  msg ("every page of the user pool given back");
}

void
test_engine_float (void)
{
  struct engine_run r;
  engine_open (&r, "floats.wasm");
  expect (&r, "f64 chain of 200000 steps", "chain64", ARGS (200000, 0), 0x3ff585145f2aab9b);
  expect (&r, "f32 chain of 200000 steps", "chain32", ARGS (200000, 0), 0x40001a37);
  expect (&r, "min (-0, +0) and max (+0, -0)", "zeros", NULL, 0x8000000000000000);
  expect (&r, "min with a NaN is a NaN", "nan", NULL, 1);
  expect (&r, "2^53 + 1 converted to f64", "convert", NULL, 0x4340000000000000);
  expect (&r, "nearest (-2.5)", "rounding", NULL, 0xc000000000000000);
  engine_close (&r);
}

/* Long enough that each run spans several time slices. */
#define SPIN_STEPS 3000000
#define SPIN_RESULT 0xd93ea4c1
#define MIN_MOVES 2

struct spinner
  {
    struct engine_run run;
    uint32_t result;
    struct semaphore done;
  };

static void
spin_thread (void *spinner_)
{
  struct spinner *s = spinner_;
  s->result = engine_call (&s->run, "spin", ARGS (SPIN_STEPS, 0));
  sema_up (&s->done);
}

void
test_engine_threads (void)
{
  struct spinner spinners[2];
  for (int i = 0; i < 2; i++)
    {
      engine_open (&spinners[i].run, "engine.wasm");
      sema_init (&spinners[i].done, 0);
    }
  for (int i = 0; i < 2; i++)
    spinners[i].run.other = &spinners[1 - i].run;
  for (int i = 0; i < 2; i++)
    thread_create (i == 0 ? "spin 0" : "spin 1", PRI_DEFAULT, spin_thread, &spinners[i]);
  for (int i = 0; i < 2; i++)
    sema_down (&spinners[i].done);
  for (int i = 0; i < 2; i++)
    {
      if (spinners[i].result != SPIN_RESULT)
        fail ("instance %d ended with %#x, not %#x", i, spinners[i].result, SPIN_RESULT);
      msg ("instance %d: %#x after %d steps", i, spinners[i].result, SPIN_STEPS);
    }
  for (int i = 0; i < 2; i++)
    if (spinners[i].run.other_moves < MIN_MOVES)
      fail ("instance %d saw the other move only %u times: they did not interleave",
            i, spinners[i].run.other_moves);
  msg ("each instance saw the other run in the middle of its loop");
  for (int i = 0; i < 2; i++)
    engine_close (&spinners[i].run);
}

#define FUEL_STEPS 100000
#define FUEL_SLICE 1000

void
test_engine_fuel (void)
{
  struct engine_run r;
  engine_open (&r, "engine.wasm");
  wasm_exec_set_fuel (r.exec, WASM_FUEL_UNLIMITED);
  uint32_t whole = engine_call (&r, "spin", ARGS (FUEL_STEPS, 0));
  int64_t whole_cost = WASM_FUEL_UNLIMITED - wasm_exec_fuel (r.exec);
  msg ("uncut: %#x, costing %" PRId64 " fuel", whole, whole_cost);

  int64_t cost = 0;
  unsigned slices = 1;
  wasm_exec_set_fuel (r.exec, FUEL_SLICE);
  enum wasm_status status = engine_start (&r, "spin", ARGS (FUEL_STEPS, 0));
  while (status == WASM_OUT_OF_FUEL)
    {
      cost += FUEL_SLICE - wasm_exec_fuel (r.exec);
      slices++;
      wasm_exec_set_fuel (r.exec, FUEL_SLICE);
      status = wasm_resume (r.exec);
    }
  cost += FUEL_SLICE - wasm_exec_fuel (r.exec);
  if (status != WASM_DONE)
    fail ("the cut run ended with status %d", status);
  uint32_t cut = engine_result (&r);
  if (cut != whole || cost != whole_cost)
    fail ("cut into %u slices: %#x costing %" PRId64 ", not as uncut", slices, cut, cost);
  msg ("cut into %u slices of %d fuel, resumed each time: %#x, costing %" PRId64 ", as uncut",
       slices, FUEL_SLICE, cut, cost);

  wasm_exec_set_fuel (r.exec, FUEL_SLICE);
  if (engine_start (&r, "spin", ARGS (FUEL_STEPS, 0)) != WASM_OUT_OF_FUEL)
    fail ("a run of %d fuel did not run out", FUEL_SLICE);
  wasm_exec_abandon (r.exec);
  expect (&r, "abandoned after one slice; the exec runs fib (20) next", "fib",
          (const union wasm_slot[]) { { .i64 = 20 } }, 6765);
  engine_close (&r);
}
