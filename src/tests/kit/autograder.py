"""The Gradescope autograder that `make autograder PHASE=...` packs.

First, on made-up trees, which submitted files the autograder takes and
where it puts them (src/utils/submission.py).  Then, end to end for the
userprog phase: the zip holds setup.sh (installing deps' packages),
run_autograder and the student tree; unpacked as Gradescope does into a
fake /autograder (AUTOGRADER_ROOT), it grades three submissions and writes
a valid results.json for each: the skeleton's own files score low, the
solution (as a student who did it all would hand it in, markers resolved,
plus a changed test that must be ignored) scores full marks, and a file
that does not compile scores 0 with the compiler's messages.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import _kit
import phases
import reports
import submission
import suites

PHASE = "userprog"
AUTOGRADER = os.path.join(_kit.UTILS, "autograder")
PATTERNS = ["threads/*.c", "devices/timer.c", "threads/DESIGN.md"]
# The kit tree the unit tests place files into.
KIT_FILES = {"threads/thread.c": "kit", "threads/init.c": "kit",
             "devices/timer.c": "kit", "tests/threads/alarm.c": "kit",
             "Make.config": "kit"}


def write_files(top, files):
    for path, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(top, path)), exist_ok=True)
        with open(os.path.join(top, path), "w") as f:
            f.write(text)


class Placing(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.TemporaryDirectory()
        self.kit = os.path.join(self.work.name, "kit")
        write_files(self.kit, KIT_FILES)

    def tearDown(self):
        self.work.cleanup()

    def place(self, files):
        top = os.path.join(self.work.name, "submission")
        write_files(top, files)
        return submission.place(top, self.kit, PATTERNS)

    def kit_text(self, path):
        with open(os.path.join(self.kit, path)) as f:
            return f.read()

    def test_whole_tree(self):
        placement = self.place({
            "skiff/src/Make.config": "kit", "skiff/README.md": "mine",
            "skiff/src/threads/thread.c": "mine",
            "skiff/src/tests/threads/alarm.c": "changed",
            "skiff/src/threads/DESIGN.md": "mine", ".git/config": "x"})
        self.assertEqual(placement.taken, ["threads/DESIGN.md",
                                           "threads/thread.c"])
        self.assertEqual(placement.ignored, ["skiff/README.md",
                                             "skiff/src/tests/threads/alarm.c"])
        self.assertEqual(placement.unchanged, 1)
        self.assertEqual(self.kit_text("threads/thread.c"), "mine")
        self.assertEqual(self.kit_text("tests/threads/alarm.c"), "kit")

    def test_phase_directories(self):
        placement = self.place({"threads/new.c": "mine",
                                "tests/threads/alarm.c": "changed"})
        self.assertEqual(placement.taken, ["threads/new.c"])
        self.assertEqual(placement.ignored, ["tests/threads/alarm.c"])

    def test_loose_files(self):
        placement = self.place({"timer.c": "mine", "init.c": "mine",
                                "notes.txt": "mine"})
        self.assertEqual(sorted(placement.taken), ["devices/timer.c",
                                                   "threads/init.c"])
        self.assertEqual(placement.ignored, ["notes.txt"])
        self.assertIn("notes.txt", "\n".join(placement.report()))

    def test_a_pattern_stays_in_its_directory(self):
        self.assertFalse(submission.matches("threads/sub/x.c", "threads/*.c"))
        self.assertTrue(submission.matches("threads/x.c", "threads/*.c"))


def run(argv, env=None, cwd=_kit.SRC):
    result = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return result.returncode, result.stdout.decode(errors="replace")


def deps_packages():
    """The packages deps installs, as its `need PACKAGE` lines name them."""
    with open(os.path.join(_kit.UTILS, "deps")) as f:
        return re.findall(r"^need\s+(\S+)", f.read(), flags=re.M)


def unpack_like_gradescope(zip_path, root):
    """Unpacks the zip into ROOT/source with its modes, and copies
    run_autograder to ROOT, as Gradescope does."""
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        for info in archive.infolist():
            path = archive.extract(info, os.path.join(root, "source"))
            os.chmod(path, (info.external_attr >> 16) & 0o777)
    _kit.expect({"setup.sh", "run_autograder"} <= set(names) and any(
        n.startswith(f"skiff/src/{PHASE}/") for n in names),
        "the zip lacks setup.sh, run_autograder or the kit", "\n".join(names))
    shutil.copy(os.path.join(root, "source", "run_autograder"), root)
    with open(os.path.join(root, "source", "setup.sh")) as f:
        setup = f.read()
    installed = re.search(r"apt-get install -y (.*)", setup)
    _kit.expect(installed and installed.group(1).split() == deps_packages(),
                f"setup.sh does not install deps' packages "
                f"{deps_packages()}", setup)


def phase_patterns(src):
    return suites.read_make_vars(os.path.join(src, PHASE, "Make.vars"))[
        "SUBMISSION"].split()


def handed_in(src, patterns):
    """The files below SRC that PATTERNS allow, as paths below SRC."""
    found = []
    for directory, _, files in os.walk(src):
        for name in files:
            path = os.path.relpath(os.path.join(directory, name), src)
            if any(submission.matches(path, p) for p in patterns):
                found.append(path)
    return sorted(found)


def solution_file(path):
    """The instructor's file PATH as a student who solved PHASE and the
    phases before it hands it in: their solutions kept, later phases'
    taken out, the markers gone."""
    solved = phases.earlier(PHASE) + (PHASE,)
    defines = ([f"-D{phases.solution_macro(p)}" for p in solved] +
               [f"-U{phases.solution_macro(p)}" for p in phases.later(PHASE)])
    status, text = run(["unifdef"] + defines + [os.path.join(_kit.SRC, path)])
    _kit.expect(status in (0, 1), f"unifdef failed on {path}", text)
    return text


def submit(root, files):
    """Makes ROOT/submission hold FILES (path: text) alone."""
    top = os.path.join(root, "submission")
    shutil.rmtree(top, ignore_errors=True)
    os.makedirs(top)
    write_files(top, files)


def grade(root):
    """Runs run_autograder; returns results.json's contents and the log."""
    results = os.path.join(root, "results", "results.json")
    if os.path.exists(results):
        os.unlink(results)
    env = dict(os.environ, AUTOGRADER_ROOT=root)
    status, log = run([os.path.join(root, "run_autograder")], env=env,
                      cwd=root)
    _kit.expect(status == 0 and os.path.isfile(results),
                f"run_autograder failed (status {status})", log)
    with open(results) as f:
        return json.load(f), log


def validate(data, log):
    """Fails unless DATA is a results.json Gradescope accepts."""
    _kit.expect(isinstance(data.get("score"), (int, float)) and
                isinstance(data.get("max_score"), (int, float)) and
                isinstance(data.get("output"), str),
                "results.json lacks score, max_score or output", log)
    for test in data.get("tests", []):
        _kit.expect(set(test) == {"name", "score", "max_score", "status",
                                  "output"} and
                    test["status"] in ("passed", "failed") and
                    len(test["output"]) <= reports.OUTPUT_LIMIT + 100,
                    f"a malformed test entry: {test}")
    if data.get("tests"):
        total = sum(test["score"] for test in data["tests"])
        _kit.expect(abs(total - data["score"]) < 0.01,
                    f"the tests' scores add up to {total}, not "
                    f"{data['score']}")


def end_to_end():
    with tempfile.TemporaryDirectory(prefix="kit-autograder-") as work:
        zip_path = os.path.join(work, "autograder.zip")
        status, output = run([sys.executable, AUTOGRADER, "pack", "--out",
                              zip_path, PHASE])
        _kit.expect(status == 0, "autograder pack failed", output)
        root = os.path.join(work, "autograder")
        unpack_like_gradescope(zip_path, root)
        kit_src = os.path.join(root, "source", "skiff", "src")
        patterns = phase_patterns(kit_src)

        starter = {}
        for path in handed_in(kit_src, patterns):
            with open(os.path.join(kit_src, path)) as f:
                starter[path] = f.read()
        submit(root, starter)
        data, log = grade(root)
        validate(data, log)
        _kit.expect(len(data["tests"]) > 0 and
                    data["score"] <= 0.2 * data["max_score"],
                    f"the starter code scored {data['score']} of "
                    f"{data['max_score']}", log)

        solution = {f"src/{path}": solution_file(path)
                    for path in handed_in(_kit.SRC, patterns)}
        solution["src/Make.config"] = "# the student's copy\n"
        solution[f"src/tests/{PHASE}/exit.ck"] = "expect('')\n"
        submit(root, solution)
        data, log = grade(root)
        validate(data, log)
        _kit.expect(data["score"] == data["max_score"] and
                    all(t["status"] == "passed" for t in data["tests"]),
                    f"the solution scored {data['score']} of "
                    f"{data['max_score']}", json.dumps(data, indent=1)[:3000])
        _kit.expect(f"src/tests/{PHASE}/exit.ck" in data["output"],
                    "a changed test was not reported as ignored",
                    data["output"])

        broken = dict(solution)
        broken[f"src/{PHASE}/syscall.c"] += "\nthis is not C;\n"
        submit(root, broken)
        data, log = grade(root)
        validate(data, log)
        _kit.expect(data["score"] == 0 and "error" in data["output"] and
                    "syscall.c" in data["output"],
                    "a build failure did not score 0 with the compiler's "
                    "messages", data["output"])


def main():
    _kit.unittests(Placing)
    end_to_end()


_kit.run_test(main)
