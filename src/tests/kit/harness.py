"""skiff-check end to end, on a phase made up for the test: results come
out sorted with the right verdicts and reasons, the failed tests are named
again above the final count, the count and exit status are right, the
files it leaves are the same on a second run, --tests, --grade and
Gradescope output work, --slowest lists the slowest tests only when
asked, and on a terminal a progress line shows each test as it finishes.

The made-up phase lives in a temporary copy of src/ holding our tools, a
few .ck files of our own for kernel tests of the threads phase, and a copy
of that phase's built kernel, so the real tree is never written.
"""

import difflib
import json
import os
import pty
import shutil
import subprocess
import sys
import tempfile

import _kit

CK_FILES = {
    "synch-many-threads": (
        "@check\n"
        "def begins_and_ends(lines):\n"
        "    if lines[:1] != ['(synch-many-threads) begin'] or \\\n"
        "       lines[-1:] != ['(synch-many-threads) end']:\n"
        "        fail('no begin and end')\n"),
    "demo": "expect('''\n(demo) begin\n(demo) end\n''')\n",
    "panic-backtrace": "expect('(panic-backtrace) begin')\n",
    "broken": "expect(1 / 0)\n",
    # A kernel test that deadlocks, where the .ck expects it to finish.
    "deadlock-report": "expect('')\n",
}
RUBRIC = "Made up: 10\n    3 synch-many-threads\n    1 demo\n"
ORDER = ["broken", "deadlock-report", "demo", "panic-backtrace",
         "synch-many-threads"]


def make_sandbox(root):
    src = os.path.join(root, "src")
    shutil.copytree(_kit.UTILS, os.path.join(src, "utils"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    tests = os.path.join(src, "tests", "made-up")
    os.makedirs(tests)
    for name, body in CK_FILES.items():
        with open(os.path.join(tests, name + ".ck"), "w") as f:
            f.write("from skiffcheck import *\n" + body)
    with open(os.path.join(tests, "Rubric"), "w") as f:
        f.write(RUBRIC)
    phase = os.path.join(src, "made-up")
    os.makedirs(os.path.join(phase, "build"))
    with open(os.path.join(phase, "Make.vars"), "w") as f:
        f.write("TEST_DIRS = tests/made-up\n")
    for built in ("loader.bin", "kernel.bin", "kernel.o"):
        shutil.copy(os.path.join(_kit.THREADS, "build", built),
                    os.path.join(phase, "build"))
    return src, phase


def check(src, *words):
    result = subprocess.run(
        [sys.executable, os.path.join(src, "utils", "skiff-check")] +
        list(words), cwd=src, stdin=subprocess.DEVNULL, capture_output=True,
        text=True)
    return result.returncode, result.stdout + result.stderr


def left_files(phase):
    directory = os.path.join(phase, "build", "tests", "made-up")
    contents = {}
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), "rb") as f:
            contents[name] = f.read()
    return contents


def differences(first, second):
    """A unified diff of each file that differs between two runs' FIRST
    and SECOND files (dicts from name to bytes)."""
    lines = []
    for name in sorted(set(first) | set(second)):
        a = first.get(name, b"").decode(errors="replace").splitlines()
        b = second.get(name, b"").decode(errors="replace").splitlines()
        if a != b:
            lines += difflib.unified_diff(a, b, f"first/{name}",
                                          f"second/{name}", lineterm="")
    return "\n".join(lines)


def check_full_run(status, output):
    verdicts = [line for line in output.splitlines()
                if line.startswith(("pass ", "FAIL "))]
    _kit.expect(verdicts == [("pass " if name == "synch-many-threads" else
                              "FAIL ") + "tests/made-up/" + name
                             for name in ORDER],
                "wrong verdicts, or not sorted by name", output)
    for reason in ["broken.ck:2: ZeroDivisionError",
                   "the output differs from what was expected:",
                   "the kernel panicked:", ": innermost (",
                   "to run it yourself, in src/made-up: ../utils/skiff -k",
                   "the kernel found a deadlock",
                   "  thread 3 'a' waits for lock ",
                   "(lock_b), held by thread 4 'b'",
                   "    in cross ("]:
        _kit.expect(reason in output, f"no `{reason}` among the reasons",
                    output)
    _kit.expect(output.splitlines()[-1] == "1 passed, 4 failed",
                "the last line is not `1 passed, 4 failed`", output)
    _kit.expect(output.splitlines()[-6:-1] == ["These tests failed:"] + [
        f"  tests/made-up/{name}" for name in ORDER if name !=
        "synch-many-threads"], "the failed tests are not listed again just "
                "above the final count", output)
    _kit.expect(status == 1, f"exit status {status}, not 1", output)


def check_grading(src, root):
    # In a directory that does not exist yet, as the top-level `make grade
    # FORMAT=gradescope` asks for build/results.json before build/ exists.
    results = os.path.join(root, "build", "results.json")
    status, output = check(src, "--tests", "synch-many-threads,demo",
                           "--grade", "--format", "gradescope",
                           "--results", results, "made-up")
    _kit.expect("Made up" in output and "7.50 of 10" in output,
                "the grade report is not 3 of 4 points = 7.50 of 10", output)
    _kit.expect(output.splitlines()[-1] == "1 passed, 1 failed",
                "--tests did not run just the two tests", output)
    with open(results) as f:
        data = json.load(f)
    _kit.expect((data["score"], data["max_score"]) == (7.5, 10) and
                [t["status"] for t in data["tests"]] == ["passed", "failed"],
                f"wrong results.json: {data}")
    status, output = check(src, "--tests", "synch-many-threads", "made-up")
    _kit.expect(status == 0 and output.splitlines()[-1] ==
                "1 passed, 0 failed", "a passing run did not exit 0", output)
    _kit.expect("slowest:" not in output and "wall time:" not in output,
                "times, which vary, were printed without --slowest", output)
    status, output = check(src, "--tests", "synch-many-threads,demo",
                           "--slowest", "1", "made-up")
    lines = output.splitlines()
    slowest = [line for line in lines if line.startswith("slowest: ")]
    _kit.expect(len(slowest) == 1 and slowest[0].endswith(
                (" s  tests/made-up/synch-many-threads",
                 " s  tests/made-up/demo")),
                "--slowest 1 did not name one of the tests run", output)
    _kit.expect(lines[-4].startswith("wall time: ") and
                lines[-3] == "These tests failed:" and
                lines[-1] == "1 passed, 1 failed", "the wall time is not "
                "just above the failed tests and the verdict", output)
    status, output = check(src, "--tests", "no-such-test", "made-up")
    _kit.expect(status == 2 and "no test named 'no-such-test'" in output,
                "an unknown test name was not refused clearly", output)


def check_progress(src):
    """With standard error on a terminal, `[N/TOTAL] pass NAME` is shown
    as each test ends, and erased before the final count."""
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, os.path.join(src, "utils", "skiff-check"),
             "--tests", "synch-many-threads,demo", "made-up"], cwd=src,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal)
        os.close(terminal)
        shown = b""
        while True:
            try:
                data = os.read(controller, 4096)
            except OSError:     # Linux: the terminal's other end is closed.
                break
            if not data:
                break
            shown += data
    finally:
        os.close(controller)
    shown = shown.decode(errors="replace")
    for line in ("[1/2] ", "[2/2] ", "pass tests/made-up/synch-many-threads",
                 "FAIL tests/made-up/demo"):
        _kit.expect(line in shown, f"no `{line}` in the progress shown on "
                    f"the terminal", shown)
    _kit.expect(shown.endswith("\r\x1b[K"), "the progress line is not "
                "erased at the end", shown)
    _kit.expect("[1/2]" not in result.stdout.decode(), "progress went into "
                "the results, which must be the same on every run")


def main():
    _kit.build_threads_kernel()
    with tempfile.TemporaryDirectory() as root:
        src, phase = make_sandbox(root)
        check_full_run(*check(src, "-j", "2", "made-up"))
        first = left_files(phase)
        _kit.expect(first["synch-many-threads.result"] == b"PASS\n",
                    "the .result of a pass is not `PASS`")
        check(src, "-j", "2", "made-up")
        second = left_files(phase)
        _kit.expect(second == first, "a second run left different .output "
                    "or .result files:\n" + differences(first, second))
        check_grading(src, root)
        check_progress(src)


_kit.run_test(main)
