"""A disk-heavy user-program test, run twice by the harness, leaves the
same verdict and the same output, except for exactly the lines that
verdict.VARYING_LINES names (power-off statistics, which under QEMU
depend on how fast the host completes disk requests) and which the
harness never compares.

fs-readers runs four processes that read one 40 kB file at once, so it
waits for the disk hundreds of times, with several processes ready.
"""

import os
import subprocess
import sys

import _kit
import verdict

USERPROG = os.path.join(_kit.SRC, "userprog")
TEST = "fs-readers"
TEST_DIR = os.path.join("tests", "filesys-base")
RUNS = 2
# The same proof nonce for both runs, as a student repeating a run would
# give it; each run otherwise draws its own (see proof.py).
NONCE = "5eed5eed"


def harness_run():
    """The .output and .result that skiff-check leaves for TEST."""
    result = subprocess.run(
        [sys.executable, os.path.join(_kit.UTILS, "skiff-check"), "--tests",
         TEST, USERPROG], cwd=_kit.SRC, stdin=subprocess.DEVNULL,
        env=dict(os.environ, SKIFF_NONCE=NONCE),
        capture_output=True, text=True)
    _kit.expect(result.returncode == 0, f"{TEST} did not pass",
                result.stdout + result.stderr)
    base = os.path.join(USERPROG, "build", TEST_DIR, TEST)
    with open(base + ".output", errors="replace") as output, \
            open(base + ".result") as verdict_file:
        return output.read().splitlines(), verdict_file.read()


def main():
    _kit.build_phase(USERPROG)
    runs = [harness_run() for _ in range(RUNS)]
    (first, first_result), (second, second_result) = runs
    _kit.expect(first_result == second_result,
                f"two runs of {TEST} were judged differently:\n"
                f"{first_result}\n{second_result}")
    _kit.expect(len(first) == len(second),
                f"two runs of {TEST} printed different numbers of lines")
    differing = [(a, b) for a, b in zip(first, second) if a != b]
    unstable = [(a, b) for a, b in differing
                if not (verdict.varies(a) and verdict.varies(b))]
    _kit.expect(not unstable, f"two runs of {TEST} differ in lines that "
                f"should not vary:\n" + "\n".join(
                    f"  {a!r}\n  {b!r}" for a, b in unstable))
    print(f"{TEST}: {len(differing)} of {len(first)} lines differed, all "
          f"of them power-off statistics")


_kit.run_test(main)
