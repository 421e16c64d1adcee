/* The WASM engine in the kernel, on floating point: a module computes in
   f32 and f64 (ipwis/wasm/float.c runs on SSE2, saved per thread by
   threads/fpu.c) and every result must have exactly the bits that IEEE
   754 gives, as computed on the host.  Among them are cases an x87 FPU
   gets wrong, and a conversion that must trap. */
#include "tests/ipwis/kernel/tests.h"
#include <inttypes.h>
#include "tests/ipwis/kernel/wasm-fixture.h"

/* One i32 argument. */
static const union wasm_slot *
i32_arg (union wasm_slot *slot, uint32_t value)
{
  slot->i64 = value;
  return slot;
}

void
test_wasm_floats (void)
{
  struct fixture f;
  union wasm_slot arg;
  fixture_open (&f, "floats.wasm", SIZE_MAX, NULL, 0);

  msg ("mandel 24: %" PRIu32 " iterations",
       fixture_call (&f, "mandel", i32_arg (&arg, 24)).i32);
  msg ("harmonic 10000: %#018" PRIx64,
       fixture_call (&f, "harmonic", i32_arg (&arg, 10000)).i64);
  msg ("roots 10000: %#010" PRIx32,
       fixture_call (&f, "roots", i32_arg (&arg, 10000)).i32);
  msg ("1e308 * 10 / 10: %#018" PRIx64, fixture_call (&f, "overflow", NULL).i64);
  msg ("-(signalling NaN): %#010" PRIx32,
       fixture_call (&f, "negate_snan", NULL).i32);
  msg ("min (0, -0): %#018" PRIx64, fixture_call (&f, "min_zero", NULL).i64);
  msg ("nearest (2.5): %#010" PRIx32, fixture_call (&f, "nearest", NULL).i32);

  fixture_call_ending (&f, "nan_to_int", NULL, WASM_FUEL_UNLIMITED,
                       WASM_TRAPPED);
  msg ("NaN to an integer: trap: %s",
       wasm_trap_message (wasm_exec_trap (f.exec)));
  fixture_close (&f);
  msg ("every byte the engine was given came back");
}
