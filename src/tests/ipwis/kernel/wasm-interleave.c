/* Two instances of one WASM program run at once, each in a kernel thread
   of its own, preempted by the timer in the middle of their loops.  Each
   writes all over its own linear memory, so an engine that shared any
   state between instances, or a kernel that mixed up the threads, would
   change a result: each must end exactly as when it runs alone, and each
   must see the other make progress while it runs. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include "tests/ipwis/kernel/wasm-fixture.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Long enough to span many time slices. */
#define STEPS 12000
/* Times each thread must see the other move while it runs. */
#define MIN_MOVES 2

struct runner
  {
    struct fixture fixture;
    struct wasm_func *progress;         /* The import it calls. */
    uint32_t seed, result;
    unsigned steps_done;                /* Updated as it runs. */
    const unsigned *other_steps;        /* The other runner's. */
    unsigned other_seen, other_moves;
    struct semaphore done;
  };

/* The module's import test.progress (i32): records this runner's steps
   and whether the other's moved since the last call. */
static enum wasm_trap
progress (void *runner_, struct wasm_memory *memory UNUSED,
          union wasm_slot *slots)
{
  struct runner *r = runner_;
  r->steps_done = slots[0].i32;
  unsigned other = *r->other_steps;
  if (other != r->other_seen)
    r->other_moves++;
  r->other_seen = other;
  return WASM_TRAP_NONE;
}

static void
runner_open (struct runner *r, struct engine_budget *imports, uint32_t seed,
             const unsigned *other_steps)
{
  r->seed = seed;
  r->steps_done = r->other_seen = r->other_moves = 0;
  r->other_steps = other_steps;
  r->progress = wasm_host_func_new (&imports->allocator, "i:", progress, r);
  if (r->progress == NULL)
    fail ("no memory for a host function");
  struct wasm_extern import = { WASM_EXTERN_FUNC, { .func = r->progress } };
  fixture_open (&r->fixture, "churn.wasm", SIZE_MAX, &import, 1);
  sema_init (&r->done, 0);
}

static uint32_t
runner_churn (struct runner *r)
{
  union wasm_slot args[2] = { { .i32 = STEPS }, { .i32 = r->seed } };
  return fixture_call (&r->fixture, "churn", args).i32;
}

static void
runner_close (struct runner *r)
{
  fixture_close (&r->fixture);
  wasm_host_func_free (r->progress);
}

static void
run_in_thread (void *runner_)
{
  struct runner *r = runner_;
  r->result = runner_churn (r);
  sema_up (&r->done);
}

void
test_wasm_interleave (void)
{
  static const unsigned standing_still = 0;
  struct engine_budget imports;
  struct runner runners[2];
  uint32_t alone[2];
  engine_budget_init (&imports, SIZE_MAX);

  for (int i = 0; i < 2; i++)
    {
      runner_open (&runners[i], &imports, i + 1, &standing_still);
      alone[i] = runner_churn (&runners[i]);
      runner_close (&runners[i]);
    }
  for (int i = 0; i < 2; i++)
    runner_open (&runners[i], &imports, i + 1, &runners[1 - i].steps_done);
  for (int i = 0; i < 2; i++)
    thread_create (i == 0 ? "churn 1" : "churn 2", PRI_DEFAULT, run_in_thread,
                   &runners[i]);
  for (int i = 0; i < 2; i++)
    sema_down (&runners[i].done);

  for (int i = 0; i < 2; i++)
    {
      if (runners[i].result != alone[i])
        fail ("instance %d ended with %#010" PRIx32 ", alone with %#010" PRIx32,
              i + 1, runners[i].result, alone[i]);
      msg ("instance %d, seed %" PRIu32 ": %#010" PRIx32 ", as when alone",
           i + 1, runners[i].seed, runners[i].result);
    }
  for (int i = 0; i < 2; i++)
    if (runners[i].other_moves < MIN_MOVES)
      fail ("instance %d saw the other move only %u times: they did not "
            "take turns", i + 1, runners[i].other_moves);
  msg ("each instance saw the other run in the middle of its loop");
  for (int i = 0; i < 2; i++)
    runner_close (&runners[i]);
  if (imports.in_use != 0)
    fail ("the host functions' %zu bytes never came back", imports.in_use);
  msg ("every byte the engine was given came back");
}
