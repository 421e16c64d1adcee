# The resource manager's report on a 4 MB machine, and its answers to
# trees: admitted, or delegated with the need that does not fit.  How
# much memory is free depends on the kernel's size, and the share of a CPU
# a new task would get on the kernel threads runnable at that moment (a
# file system's write-behind thread, say), so the check reads both from
# the report and asks that every answer follows from them.
import re

from skiffcheck import *

kernel_test()

REPORT = re.compile(r"^\(resources\) cpu: (\d+)% for a new task \((\d+) "
                    r"runnable threads\); memory: (\d+) kB free; gpu: none; "
                    r"network: none$")


def cpu_answer(percent, share):
    if share >= percent:
        return "admitted"
    return (f"delegate: the root needs {percent}% of a CPU and a new task "
            f"would get {share}%")


@check
def report_and_answers(lines):
    report = REPORT.match(lines[1]) if len(lines) > 1 else None
    if not report:
        fail(f"the report line is not as expected: {lines[1:2]}")
    share, runnable, free = map(int, report.groups())
    if share != 100 // (runnable + 1):
        fail(f"{runnable} runnable threads should leave a new task "
             f"{100 // (runnable + 1)}%, not {share}%")
    if not 512 <= free <= 4096:
        fail(f"{free} kB free is not plausible on a 4 MB machine")
    small = cpu_answer(40, share)
    if small == "admitted" and free < 64:
        small = f"delegate: the tree needs 64 kB of memory and {free} kB are free"
    expected = [
        "(resources) begin",
        lines[1],
        f"(resources) a tree needing 40% of a CPU and 64 kB: {small}",
        "(resources) a tree needing a GPU: delegate: the root needs 1 GPUs and this machine has 0",
        "(resources) a tree needing a network: delegate: the root needs 1000 kbit/s of network and this machine has 0",
        f"(resources) a tree needing 80% of a CPU: {cpu_answer(80, share)}",
        f"(resources) a tree needing 1 GB: delegate: the tree needs 1048576 kB of memory and {free} kB are free",
        "(resources) end",
    ]
    if lines != expected:
        fail("the answers differ from what was expected:\n" + "\n".join(
            f"  expected {b!r}\n  got      {a!r}"
            for a, b in zip(lines + [""] * 8, expected) if a != b))
