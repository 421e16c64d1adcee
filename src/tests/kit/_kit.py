"""Shared by the kit's own tests: where things are, building the threads
kernel, running the tools, and reporting pass or FAIL.

Each kit test is a script src/tests/kit/NAME.py that skiff-check runs
(`skiff-check kit`) or that you can run by itself.  It prints
`pass kit/NAME`, or `FAIL kit/NAME` and why, and exits 0 only on a pass.
"""

import fcntl
import io
import os
import subprocess
import sys
import tempfile
import unittest

KIT = os.path.dirname(os.path.realpath(__file__))
SRC = os.path.dirname(os.path.dirname(KIT))
UTILS = os.path.join(SRC, "utils")
THREADS = os.path.join(SRC, "threads")
SKIFF = os.path.join(UTILS, "skiff")

sys.dont_write_bytecode = True
sys.path.insert(0, UTILS)


class KitFailure(Exception):
    """The test failed; the message says why."""


def test_name():
    return "kit/" + os.path.splitext(os.path.basename(sys.argv[0]))[0]


def run_test(body):
    """Runs BODY(), which raises KitFailure (or fails an assertion) to fail;
    prints the verdict and exits."""
    try:
        body()
    except (KitFailure, AssertionError) as failure:
        print(f"FAIL {test_name()}")
        print(str(failure))
        sys.exit(1)
    print(f"pass {test_name()}")
    sys.exit(0)


def unittests(*cases):
    """Runs the unittest CASES; raises KitFailure if one fails."""
    stream = io.StringIO()
    suite = unittest.TestSuite(unittest.defaultTestLoader
                               .loadTestsFromTestCase(case)
                               for case in cases)
    result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
    if not result.wasSuccessful():
        raise KitFailure(stream.getvalue().rstrip())


def run_unittests(*cases):
    """Runs the unittest CASES as one kit test."""
    run_test(lambda: unittests(*cases))


def build_threads_kernel():
    build_phase(THREADS)


def build_phase(phase_dir):
    """Runs `make -C PHASE_DIR`, one kit test at a time (they run in
    parallel and would otherwise build over each other)."""
    lock_path = os.path.join(tempfile.gettempdir(), "skiff-kit-build.lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = subprocess.run(["make", "-s", "-C", phase_dir],
                                stdin=subprocess.DEVNULL,
                                capture_output=True, text=True)
    if result.returncode != 0:
        raise KitFailure(f"`make -C {os.path.relpath(phase_dir, SRC)}` failed:\n" +
                         "\n".join((result.stdout + result.stderr)
                                   .splitlines()[-15:]))


def skiff(*words, cwd=THREADS):
    """Runs skiff with WORDS; returns (exit status, output text)."""
    result = subprocess.run([sys.executable, SKIFF] + list(words), cwd=cwd,
                            stdin=subprocess.DEVNULL, capture_output=True)
    return result.returncode, (result.stdout + result.stderr).decode(
        errors="replace")


def expect(condition, message, output=None):
    """Fails with MESSAGE (and OUTPUT, if given) unless CONDITION."""
    if not condition:
        if output is not None:
            message += "\noutput was:\n" + "\n".join(
                "  " + line for line in output.splitlines())
        raise KitFailure(message)
