# The resource manager's report on a 4 MB machine, and its answers to
# trees: admitted, or delegated with the need that does not fit.  How
# much memory is free depends on the kernel's size, so the check reads it
# from the report and asks only that the refusal quotes the same figure.
import re

from skiffcheck import *

kernel_test()

REPORT = re.compile(r"^\(resources\) cpu: 50% for a new task \(1 runnable "
                    r"threads\); memory: (\d+) kB free; gpu: none; "
                    r"network: none$")


@check
def report_and_answers(lines):
    if len(lines) != 8:
        fail(f"expected 8 lines, got {len(lines)}: {lines}")
    report = REPORT.match(lines[1])
    if not report:
        fail(f"the report line is not as expected: {lines[1]!r}")
    free = int(report.group(1))
    if not 512 <= free <= 4096:
        fail(f"{free} kB free is not plausible on a 4 MB machine")
    expected = [
        "(resources) begin",
        lines[1],
        "(resources) a tree needing 40% of a CPU and 64 kB: admitted",
        "(resources) a tree needing a GPU: delegate: the root needs 1 GPUs and this machine has 0",
        "(resources) a tree needing a network: delegate: the root needs 1000 kbit/s of network and this machine has 0",
        "(resources) a tree needing 80% of a CPU: delegate: the root needs 80% of a CPU and a new task would get 50%",
        f"(resources) a tree needing 1 GB: delegate: the tree needs 1048576 kB of memory and {free} kB are free",
        "(resources) end",
    ]
    if lines != expected:
        fail("the answers differ from what was expected:\n" + "\n".join(
            f"  {'ok ' if a == b else 'BAD'} {a}" for a, b in zip(lines, expected)))
