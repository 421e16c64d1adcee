"""A timer-heavy kernel test prints exactly the same bytes on two runs, and
the harness leaves exactly the same .output and .result files.

Without this, tests would pass or fail by luck: QEMU's clock must count
instructions, not host time, and the harness must write nothing that
varies (timestamps, durations, ordering).
"""

import os
import subprocess
import sys

import _kit

# The first that exists is used: these wait on the timer a lot.
CANDIDATES = ("alarm-multiple", "alarm-simultaneous", "demo")
TEST_DIR = os.path.join(_kit.SRC, "tests", "threads")


def pick_test():
    for name in CANDIDATES:
        if any(os.path.exists(os.path.join(TEST_DIR, name + suffix))
               for suffix in (".c", ".ck")):
            return name
    raise _kit.KitFailure(f"none of the tests {', '.join(CANDIDATES)} exists")


def skiff_twice(name):
    runs = [_kit.skiff("-k", "-T", "120", "--", "-q", "run", name)
            for _ in range(2)]
    (status, first), (_, second) = runs
    _kit.expect(status == 0 and f"Execution of '{name}' complete." in first,
                f"`run {name}` did not complete", first)
    _kit.expect(first == second, f"two runs of {name} printed different "
                f"output; first run:\n{first}\nsecond run:\n{second}")


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
    skiff_twice(name)
    if os.path.exists(os.path.join(TEST_DIR, name + ".ck")):
        _kit.expect(harness_files(name) == harness_files(name),
                    f"two skiff-check runs of {name} left different files")


_kit.run_test(main)
