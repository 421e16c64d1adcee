# Dirty pages go to swap, and come back.
import re
from skiffcheck import *
options("-ul=32")
runner_args("--swap-size=2")
options("-vmstats")

@check
def swapped(lines):
    if lines[:-1] != ["(page-dirty) begin", "(page-dirty) every page kept its byte",
                      "page-dirty: exit(0)"] or not lines[-1].startswith("Paging:"):
        fail("unexpected output:\n" + "\n".join(lines))
    swap_outs = int(re.search(r"(\d+) swap-outs", lines[-1]).group(1))
    swap_ins = int(re.search(r"(\d+) swap-ins", lines[-1]).group(1))
    if swap_outs < 32 or swap_ins < 32:
        fail("expected at least 32 pages out to swap and back: " + lines[-1])
