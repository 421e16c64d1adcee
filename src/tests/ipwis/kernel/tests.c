/* The table of the ipwis phase's kernel tests. */
#include "tests/ipwis/kernel/tests.h"

static const struct ktest tests[] =
  {
    { "demo", test_demo },
    { "fpu-threads", test_fpu_threads },
    { "ipiis-loopback", test_ipiis_loopback },
    { "tree-callers", test_tree_callers },
    { "resources", test_resources },
  };

void
run_test (const char *name)
{
  ktest_run (tests, sizeof tests / sizeof *tests, name);
}
