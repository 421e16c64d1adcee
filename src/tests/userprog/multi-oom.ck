# Hundreds of processes, run until memory is out, ten rounds that must
# each reach the same depth: that is the leak check, since a kernel that
# keeps anything of the processes that ended lets later rounds reach less
# deep (multi-oom.c).  Nothing may panic.  The processes of the chain
# print exit lines, and the loader reports the loads that ran out of
# memory, in numbers that depend on the kernel: only their form is
# checked, and any other line fails the test (such as the reference
# kernel's own `leak:` report, which students' kernels need not have).
import re
from skiffcheck import *
options("-ul=100")
timeout(180)

OWN = ["(multi-oom) begin"] + [
    "(multi-oom) round %d reached the depth of round 0" % r
    for r in range(1, 10)] + ["(multi-oom) end"]
OTHERS = re.compile(r"multi-oom: exit\(-?\d+\)$|load: multi-oom: out of memory$")

@check
def same_depth_every_round(lines):
    own = [l for l in lines if l.startswith("(multi-oom)")]
    if own != OWN:
        fail("the test's own lines differ:\n" + "\n".join(own))
    strange = [l for l in lines if l not in own and not OTHERS.match(l)]
    if strange:
        fail("unexpected lines:\n" + "\n".join(strange[:10]))
    if not lines or lines[-1] != "multi-oom: exit(0)":
        fail("the last line is not `multi-oom: exit(0)`")
