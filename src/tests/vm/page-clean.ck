# Clean pages are dropped on eviction, not swapped.
import re
from skiffcheck import *
options("-ul=32")
runner_args("--swap-size=2")
options("-vmstats")

@check
def dropped_not_swapped(lines):
    if lines[:-1] != ["(page-clean) begin", "(page-clean) the table reads right twice",
                      "page-clean: exit(0)"] or not lines[-1].startswith("Paging:"):
        fail("unexpected output:\n" + "\n".join(lines))
    evictions = int(re.search(r"(\d+) evictions", lines[-1]).group(1))
    swap_outs = int(re.search(r"(\d+) swap-outs", lines[-1]).group(1))
    # The program's own few written pages (stack, data) may go to swap.
    if evictions < 32 or swap_outs > 4:
        fail("expected the table's pages to be evicted without going to "
             "swap: " + lines[-1])
