# wait() for a child that ended long ago, and for children still running,
# in the reverse of their start order.  Children run side by side, so their
# exit lines may come in any order: the test's own lines must come in
# order, the children's as a set.
from skiffcheck import *
files("child-args")

OWN = """\
(wait-order) begin
(wait-order) wait for a child that ended long ago
(wait-order) child 4, waited for in reverse, returned 5
(wait-order) child 3, waited for in reverse, returned 4
(wait-order) child 2, waited for in reverse, returned 3
(wait-order) child 1, waited for in reverse, returned 2
(wait-order) child 0, waited for in reverse, returned 1
(wait-order) end
wait-order: exit(0)""".split("\n")
CHILDREN = ["child-args: exit(1)"] * 6 + [
    "child-args: exit(%d)" % n for n in range(1, 6)]

@check
def own_lines_in_order_children_in_any(lines):
    own = [l for l in lines if l.startswith(("(wait-order)", "wait-order:"))]
    others = [l for l in lines if l not in own]
    if own != OWN:
        fail("the test's own lines differ:\n" + "\n".join(own))
    if sorted(others) != sorted(CHILDREN):
        fail("the children's exit lines differ:\n" + "\n".join(others))
