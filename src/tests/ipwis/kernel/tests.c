/* The table of the ipwis phase's kernel tests. */
#include "tests/ipwis/kernel/tests.h"

static const struct ktest tests[] =
  {
    { "demo", test_demo },
    { "engine-float", test_engine_float },
    { "engine-fuel", test_engine_fuel },
    { "engine-run", test_engine_run },
    { "engine-threads", test_engine_threads },
    { "fpu-threads", test_fpu_threads },
    { "ipiis-loopback", test_ipiis_loopback },
    { "ipsis-read", test_ipsis_read },
    { "tree-callers", test_tree_callers },
    { "resources", test_resources },
  };

void
run_test (const char *name)
{
  ktest_run (tests, sizeof tests / sizeof *tests, name);
}
