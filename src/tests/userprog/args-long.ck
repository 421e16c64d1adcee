# Many arguments of different lengths, as many as the boot command line
# holds; longer lines are args-limits' business.
from skiffcheck import *
words = ["w%02d-%s" % (i, "x" * (i % 5)) for i in range(45)]
run_args(*words)
expect("\n".join(
    ["(args) begin", "(args) argc = 46", "(args) argv[0] = 'args-long'"]
    + ["(args) argv[%d] = '%s'" % (i + 1, w) for i, w in enumerate(words)]
    + ["(args) argv[argc] = null", "(args) end", "args-long: exit(0)"]))
