"""The check shared by skeleton-threads and skeleton-userprog: the student
tree that `src/utils/skeleton PHASE` writes has none of the phase's
solution left, builds the phase without a warning, passes the phase's
baseline tests (those a naive kernel passes) and fails every other one.

The skeleton is made from the files git tracks, into a temporary
directory, and everything is built and run there: the instructor's tree is
only read.
"""

import os
import re
import subprocess
import sys
import tarfile
import tempfile

import _kit

SKELETON = os.path.join(_kit.UTILS, "skeleton")
MAKE_CONFIG = os.path.join("src", "Make.config")
RESULT = re.compile(r"^(pass|FAIL) (\S+)$")


def run(argv, cwd):
    """Runs ARGV in CWD; returns (exit status, standard output and error)."""
    result = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return result.returncode, result.stdout.decode(errors="replace")


def make_skeleton(phase, out):
    status, output = run([sys.executable, SKELETON, "--out", out, phase],
                         _kit.SRC)
    _kit.expect(status == 0, f"`skeleton {phase}` failed (status {status})",
                output)
    tree = os.path.join(out, "skiff")
    archive = os.path.join(out, f"skiff-{phase}.tar.gz")
    _kit.expect(os.path.isfile(os.path.join(tree, MAKE_CONFIG)),
                f"`skeleton {phase}` wrote no tree in {tree}", output)
    check_archive(tree, archive)
    return tree


def files_below(top):
    """The files and links below TOP, as paths relative to TOP's parent."""
    parent = os.path.dirname(top)
    return sorted(os.path.relpath(os.path.join(directory, name), parent)
                  for directory, _, names in os.walk(top) for name in names)


def check_archive(tree, archive):
    _kit.expect(os.path.isfile(archive), f"there is no {archive}")
    with tarfile.open(archive) as tar:
        members = sorted(m.name for m in tar.getmembers() if not m.isdir())
    _kit.expect(members == files_below(tree),
                f"{os.path.basename(archive)} does not hold the same files "
                f"as the tree beside it")


def check_no_solution_left(tree, phase):
    """No source file mentions the phase's switch, and only the phase's
    switch is gone from src/Make.config."""
    macro = "SOLUTION_" + phase.upper()
    left = [name for name in files_below(tree)
            if name.endswith((".c", ".h", ".S"))
            and macro in read(os.path.join(os.path.dirname(tree), name))]
    _kit.expect(not left, f"{macro} is still in: {', '.join(left)}")
    switches = re.compile(r"-DSOLUTION_\w+")
    before = set(switches.findall(read(os.path.join(_kit.SRC, "Make.config"))))
    after = set(switches.findall(read(os.path.join(tree, MAKE_CONFIG))))
    _kit.expect(after == before - {f"-D{macro}"},
                f"the skeleton's {MAKE_CONFIG} switches on {sorted(after)}; "
                f"it should be {sorted(before - {f'-D{macro}'})}")


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def build(tree, phase):
    status, output = run(["make", "-s", "-C", os.path.join("src", phase)],
                         tree)
    _kit.expect(status == 0, f"the skeleton's `make -C src/{phase}` failed",
                output)
    _kit.expect("warning:" not in output,
                f"the skeleton's `make -C src/{phase}` gave warnings", output)


def run_tests(tree, phase):
    """Runs the phase's tests in the skeleton; returns, by short name (like
    alarm-zero), each test's verdict line and the reasons that follow it."""
    check = os.path.join(tree, "src", "utils", "skiff-check")
    status, output = run([sys.executable, check, "-j",
                          str(os.cpu_count() or 1), phase],
                         os.path.join(tree, "src"))
    results = {}
    for line in output.splitlines():
        match = RESULT.match(line)
        if match:
            lines = [line]
            results[match.group(2).rsplit("/", 1)[-1]] = lines
        elif line.startswith(" ") and results:
            lines.append(line)
    _kit.expect(status in (0, 1) and results,
                f"skiff-check could not run the skeleton's {phase} tests "
                f"(status {status})", output)
    return results


def passed(lines):
    return lines[0].startswith("pass ")


def check_results(phase, baseline, results):
    unknown = sorted(set(baseline) - set(results))
    _kit.expect(not unknown, f"baseline tests that {phase} does not have: "
                f"{', '.join(unknown)}")
    failed = sorted(n for n in baseline if not passed(results[n]))
    _kit.expect(not failed, "the skeleton fails baseline tests, which a "
                "naive kernel should pass:\n" +
                "\n".join(line for n in failed for line in results[n]))
    given = sorted(n for n, lines in results.items()
                   if passed(lines) and n not in baseline)
    _kit.expect(not given, f"the skeleton passes tests that students should "
                f"have to earn (is their solution marked?): "
                f"{', '.join(given)}")


def check_phase(phase, baseline):
    """The whole check for PHASE, whose naive kernel passes BASELINE."""
    with tempfile.TemporaryDirectory(prefix="skiff-skeleton-") as out:
        tree = make_skeleton(phase, out)
        check_no_solution_left(tree, phase)
        build(tree, phase)
        results = run_tests(tree, phase)
        check_results(phase, baseline, results)
    print(f"skeleton of {phase}: {len(results)} tests, "
          f"{len(baseline)} baseline passed, "
          f"{len(results) - len(baseline)} others failed")
