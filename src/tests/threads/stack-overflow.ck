# Platform test: a thread that recurses without end must be stopped by the
# stack guard, with a panic whose message names a stack overflow.
from skiffcheck import *
expect_panic(r"stack overflow")
