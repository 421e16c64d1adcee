/* Two threads run long chains of double arithmetic at once, each under a
   rounding mode of its own, preempted by the timer in the middle of their
   loops with live values in the XMM registers and MXCSR. Each must end
   with exactly the bits it gets when it runs alone, and the main thread's
   own FPU state must survive them. A kernel that did not save and restore
   the FPU per thread would mix their states, and chaos (see fpu-chain.h)
   turns any mix-up into a different result. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include "tests/ipwis/kernel/fpu-chain.h"
#include "threads/fpu.h"
#include "threads/synch.h"
#include "threads/thread.h"

/* Long enough that each chain spans several time slices. */
#define STEPS 300000
/* Times each thread must see the other make progress mid-chain. */
#define MIN_MOVES 2

struct runner
  {
    struct fpu_chain chain;
    uint64_t result;
    struct semaphore done;
  };

static const char *const rounding_names[] =
  { "to nearest", "down", "up", "toward zero" };

static void
run_chain (void *runner_)
{
  struct runner *r = runner_;
  r->result = fpu_chain_run (&r->chain);
  sema_up (&r->done);
}

void
test_fpu_threads (void)
{
  if (!fpu_available ())
    fail ("the CPU has no SSE2: see the boot messages");

  static const unsigned standing_still = 0;
  const enum fpu_rounding rounding[2] = { ROUND_NEAREST, ROUND_TOWARD_ZERO };
  struct runner runners[2];
  uint64_t alone[2];
  for (int i = 0; i < 2; i++)
    {
      runners[i].chain = (struct fpu_chain) { STEPS, rounding[i], 0, &standing_still, 0 };
      alone[i] = fpu_chain_run (&runners[i].chain);
    }
  uint32_t main_mxcsr = fpu_chain_mxcsr ();

  for (int i = 0; i < 2; i++)
    {
      runners[i].chain = (struct fpu_chain) { STEPS, rounding[i], 0,
                                              &runners[1 - i].chain.progress, 0 };
      sema_init (&runners[i].done, 0);
      thread_create (i == 0 ? "chain 0" : "chain 1", PRI_DEFAULT, run_chain, &runners[i]);
    }
  for (int i = 0; i < 2; i++)
    sema_down (&runners[i].done);

  for (int i = 0; i < 2; i++)
    {
      if (runners[i].result != alone[i])
        fail ("thread %d (rounding %s) ended with %#018" PRIx64 ", alone with %#018" PRIx64,
              i, rounding_names[rounding[i]], runners[i].result, alone[i]);
      msg ("thread %d, rounding %s: %#018" PRIx64 ", as when alone",
           i, rounding_names[rounding[i]], runners[i].result);
    }
  for (int i = 0; i < 2; i++)
    if (runners[i].chain.other_moves < MIN_MOVES)
      fail ("thread %d saw the other move only %u times: they did not interleave",
            i, runners[i].chain.other_moves);
  msg ("each thread saw the other run in the middle of its chain");
  if (fpu_chain_mxcsr () != main_mxcsr)
    fail ("the main thread's MXCSR changed from %#x to %#x", main_mxcsr, fpu_chain_mxcsr ());
  msg ("the main thread's own FPU state survived");
}
