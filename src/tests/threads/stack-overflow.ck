# Platform test: a thread that recurses without end must be stopped by the
# stack guard, with a panic whose message names a stack overflow.
#
# This needs the harness to accept an expected panic: expect_panic() is
# not in skiffcheck yet (see doc/threads.md, "Tests").
from skiffcheck import *
expect_panic(r"stack overflow")
