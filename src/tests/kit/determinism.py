"""A timer-heavy kernel test prints exactly the same bytes on every run, and
the harness leaves exactly the same .output and .result files.

Without this, tests would pass or fail by luck: QEMU's clock must count
instructions, not host time, and the harness must write nothing that
varies (timestamps, durations, ordering).
"""

import os
import subprocess
import sys

import _kit

# The first that exists is used.  alarm-simultaneous prints the tick at
# which each thread woke up, so any drift of the guest clock shows; with
# the clock following host time, three runs hardly ever agree.
CANDIDATES = ("alarm-simultaneous", "alarm-multiple", "demo")
RUNS = 3
TEST_DIR = os.path.join(_kit.SRC, "tests", "threads")


def pick_test():
    for name in CANDIDATES:
        if any(os.path.exists(os.path.join(TEST_DIR, name + suffix))
               for suffix in (".c", ".ck")):
            return name
    raise _kit.KitFailure(f"none of the tests {', '.join(CANDIDATES)} exists")


def skiff_runs(name):
    runs = [_kit.skiff("-k", "-T", "120", "--", "-q", "run", name)
            for _ in range(RUNS)]
    status, first = runs[0]
    _kit.expect(status == 0 and f"Execution of '{name}' complete." in first,
                f"`run {name}` did not complete", first)
    for _, other in runs[1:]:
        _kit.expect(other == first, f"two runs of {name} printed different "
                    f"output; one:\n{first}\nanother:\n{other}")


def harness_files(name):
    """The .output and .result files that skiff-check leaves for NAME."""
    subprocess.run([sys.executable, os.path.join(_kit.UTILS, "skiff-check"),
                    "--tests", name, _kit.THREADS], cwd=_kit.SRC,
                   stdin=subprocess.DEVNULL, capture_output=True)
    base = os.path.join(_kit.THREADS, "build", "tests", "threads", name)
    contents = []
    for suffix in (".output", ".result"):
        with open(base + suffix, "rb") as f:
            contents.append(f.read())
    return contents


def main():
    _kit.build_threads_kernel()
    name = pick_test()
    skiff_runs(name)
    if os.path.exists(os.path.join(TEST_DIR, name + ".ck")):
        _kit.expect(harness_files(name) == harness_files(name),
                    f"two skiff-check runs of {name} left different files")


_kit.run_test(main)
