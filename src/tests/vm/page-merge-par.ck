# Merge sorts in parallel through swap; exit lines in any order.
from skiffcheck import *
options("-ul=40")
runner_args("--swap-size=2")

@check
def children_then_parent(lines):
    children = sorted(l for l in lines[1:4])
    if (lines[:1] != ["(page-merge-par) begin"] or
            children != ["page-merge-par: exit(%d)" % s for s in (20, 21, 22)] or
            lines[4:] != ["(page-merge-par) every child sorted",
                          "page-merge-par: exit(0)"]):
        fail("unexpected output:\n" + "\n".join(lines))
