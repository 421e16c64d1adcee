/* The table of the ipwis phase's kernel tests. */
#include "tests/ipwis/kernel/tests.h"

static const struct ktest tests[] =
  {
    { "demo", test_demo },
    { "fpu-threads", test_fpu_threads },
    { "ipiis-loopback", test_ipiis_loopback },
    { "tree-callers", test_tree_callers },
    { "resources", test_resources },
    { "wasm-bad-modules", test_wasm_bad_modules },
    { "wasm-floats", test_wasm_floats },
    { "wasm-fuel", test_wasm_fuel },
    { "wasm-interleave", test_wasm_interleave },
  };

void
run_test (const char *name)
{
  ktest_run (tests, sizeof tests / sizeof *tests, name);
}
