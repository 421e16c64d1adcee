/* Fuel, the engine's bound on how long a call runs (see ipwis/wasm/wasm.h):
   a long loop given a small budget stops at a clean point, the thread
   yields to the scheduler, and the call resumes on fresh fuel until it
   ends with the same result as without a limit.  An endless loop is
   stopped and abandoned, and the exec serves the next call; a bottomless
   recursion traps instead of overflowing the kernel's stack; memory
   growth past the budget is refused inside the program; and every byte
   comes back at the end. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include "tests/ipwis/kernel/wasm-fixture.h"
#include "threads/palloc.h"
#include "threads/thread.h"

#define COUNT 100000
#define FUEL_PER_TURN 7000
/* A WASM page is 64 kB: a budget this far above what the instance holds
   has room for one more, not two. */
#define HEADROOM (96 * 1024)

/* Counts to COUNT on FUEL_PER_TURN at a time, yielding between turns;
   returns how many times it ran out. */
static unsigned
count_in_turns (struct fixture *f)
{
  union wasm_slot arg = { .i64 = COUNT };
  wasm_exec_set_fuel (f->exec, FUEL_PER_TURN);
  enum wasm_status status = wasm_call (f->exec, fixture_export (f, "count"),
                                       &arg);
  unsigned stops = 0;
  while (status == WASM_OUT_OF_FUEL)
    {
      stops++;
      thread_yield ();
      wasm_exec_set_fuel (f->exec, FUEL_PER_TURN);
      status = wasm_resume (f->exec);
    }
  if (status != WASM_DONE)
    fail ("count did not end well after %u stops", stops);
  uint32_t result = wasm_exec_results (f->exec)[0].i32;
  if (result != COUNT)
    fail ("count in turns gave %" PRIu32 ", not %d", result, COUNT);
  return stops;
}

static void
abandon_and_go_on (struct fixture *f)
{
  fixture_call_ending (f, "forever", NULL, 5000, WASM_OUT_OF_FUEL);
  msg ("an endless loop on 5000 units of fuel: stopped, %" PRId64 " left",
       wasm_exec_fuel (f->exec));
  wasm_exec_abandon (f->exec);
  msg ("abandoned; the next call returns %" PRIu32,
       fixture_call (f, "seven", NULL).i32);
}

static void
bottomless (struct fixture *f)
{
  union wasm_slot arg = { .i64 = 0 };
  fixture_call_ending (f, "bottomless", &arg, WASM_FUEL_UNLIMITED,
                       WASM_TRAPPED);
  msg ("a bottomless recursion: trap: %s",
       wasm_trap_message (wasm_exec_trap (f->exec)));
}

static void
grow_past_budget (struct fixture *f)
{
  union wasm_slot one_page = { .i64 = 1 };
  f->budget.limit = f->budget.in_use + HEADROOM;
  int32_t first = fixture_call (f, "grow", &one_page).i32;
  int32_t second = fixture_call (f, "grow", &one_page).i32;
  msg ("memory.grow by a page, twice, with %d kB of budget left: %" PRId32
       " (the old size in pages), then %" PRId32 " (refused)", HEADROOM / 1024,
       first, second);
}

void
test_wasm_fuel (void)
{
  size_t free_pages = palloc_free_count (PAL_USER);
  struct fixture f;
  fixture_open (&f, "spin.wasm", SIZE_MAX, NULL, 0);
  union wasm_slot arg = { .i64 = COUNT };
  msg ("count to %d without a limit: %" PRIu32, COUNT,
       fixture_call (&f, "count", &arg).i32);
  msg ("count to %d on %d units of fuel at a time: the same, after running "
       "out %u times", COUNT, FUEL_PER_TURN, count_in_turns (&f));
  abandon_and_go_on (&f);
  bottomless (&f);
  grow_past_budget (&f);
  fixture_close (&f);
  if (palloc_free_count (PAL_USER) != free_pages)
    fail ("the user pool has %zu free pages, not %zu as before",
          palloc_free_count (PAL_USER), free_pages);
  msg ("every byte and every page the engine was given came back");
}
