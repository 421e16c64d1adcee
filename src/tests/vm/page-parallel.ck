# Several processes paging at once; their exit lines may come in any
# order.
from skiffcheck import *
options("-ul=48")
runner_args("--swap-size=2")

@check
def children_then_parent(lines):
    children = sorted(l for l in lines[1:4])
    if (lines[:1] != ["(page-parallel) begin"] or
            children != ["page-parallel: exit(%d)" % s for s in (10, 11, 12)] or
            lines[4:] != ["(page-parallel) every child kept its memory",
                          "page-parallel: exit(0)"]):
        fail("unexpected output:\n" + "\n".join(lines))
