# Platform test: a deliberate panic three calls deep.  The message must be
# the test's own, and its call stack, decoded against build/kernel.o, must
# lead back through the callers, innermost first.
from skiffcheck import *
expect_panic(r"deliberate panic at depth 3",
             call_stack=["innermost", "middle", "outer", "test_panic_backtrace"])
