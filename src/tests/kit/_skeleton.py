"""The check shared by the skeleton-PHASE kit tests: the student tree that
`src/utils/skeleton --solved EARLIER... PHASE` writes has none of the
solution of PHASE or of any later phase left, builds PHASE without a
warning, passes PHASE's baseline tests (those a naive kernel passes) and
fails every other one; and every later phase that exists builds there
and passes none of its tests beyond its own baseline.

Each phase declares its baseline once, as BASELINE in its kit test
skeleton-PHASE.py; the check of an earlier phase reads it from there.
The skeleton is made from the files git tracks, into a temporary
directory, and everything is built and run there: the instructor's tree is
only read.
"""

import ast
import os
import re
import subprocess
import sys
import tarfile
import tempfile

import _kit
import phases

SKELETON = os.path.join(_kit.UTILS, "skeleton")
MAKE_CONFIG = os.path.join("src", "Make.config")
RESULT = re.compile(r"^(pass|FAIL) (\S+)$")


def run(argv, cwd):
    """Runs ARGV in CWD; returns (exit status, standard output and error)."""
    result = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return result.returncode, result.stdout.decode(errors="replace")


def make_skeleton(phase, out, solved):
    """Writes the skeleton of PHASE, with the phases SOLVED kept solved,
    into OUT; returns the tree's path."""
    words = [word for p in solved for word in ("--solved", p)] + [phase]
    status, output = run([sys.executable, SKELETON, "--out", out, *words],
                         _kit.SRC)
    _kit.expect(status == 0, f"`skeleton {' '.join(words)}` failed (status "
                f"{status})", output)
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


def check_no_solution_left(tree, stripped):
    """No source file mentions the switch of a STRIPPED phase, and only
    those switches are gone from src/Make.config."""
    macros = [phases.solution_macro(p) for p in stripped]
    sources = [name for name in files_below(tree)
               if name.endswith((".c", ".h", ".S"))]
    for macro in macros:
        left = [name for name in sources if macro in
                read(os.path.join(os.path.dirname(tree), name))]
        _kit.expect(not left, f"{macro} is still in: {', '.join(left)}")
    switches = re.compile(r"-DSOLUTION_\w+")
    before = set(switches.findall(read(os.path.join(_kit.SRC, "Make.config"))))
    after = set(switches.findall(read(os.path.join(tree, MAKE_CONFIG))))
    expected = before - {f"-D{m}" for m in macros}
    _kit.expect(after == expected,
                f"the skeleton's {MAKE_CONFIG} switches on {sorted(after)}; "
                f"it should be {sorted(expected)}")


DIRECTIVE = re.compile(r"\s*#\s*(if|ifdef|ifndef|else|elif|endif)\b\s*(\w*)")


def else_branches(text, macro):
    """The first line number and the text of each `#else` branch of an
    `#ifdef MACRO` in TEXT."""
    open_blocks = []            # [macro or None, else line, else lines]
    for number, line in enumerate(text.splitlines(), 1):
        match = DIRECTIVE.match(line)
        if match is None:
            for block in open_blocks:
                if block[1] is not None:
                    block[2].append(line)
            continue
        directive, word = match.groups()
        if directive.startswith("if"):
            open_blocks.append([word if directive == "ifdef" else None,
                                None, []])
        elif directive in ("else", "elif") and open_blocks:
            open_blocks[-1][1] = number
        elif directive == "endif" and open_blocks:
            name, else_line, lines = open_blocks.pop()
            if name == macro and else_line is not None:
                yield else_line, "\n".join(lines)


def check_todo_markers(phase):
    """Every `#else` of the phase's markers says where the work is, as
    doc/skeleton.md asks: with a `/* TODO (PHASE): ` comment."""
    macro, todo = phases.solution_macro(phase), f"TODO ({phase}): "
    names = subprocess.run(["git", "ls-files", "*.c", "*.h", "*.S"],
                           cwd=_kit.SRC, capture_output=True, text=True,
                           check=True).stdout.split()
    missing = [f"src/{name}:{line}" for name in names
               for line, branch in else_branches(
                   read(os.path.join(_kit.SRC, name)), macro)
               if todo not in branch]
    _kit.expect(not missing, f"these #else branches of {macro} have no "
                f"`/* {todo}...` comment: {', '.join(missing)}")


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


def check_baseline(phase, baseline, results):
    unknown = sorted(set(baseline) - set(results))
    _kit.expect(not unknown, f"baseline tests that {phase} does not have: "
                f"{', '.join(unknown)}")
    failed = sorted(n for n in baseline if not passed(results[n]))
    _kit.expect(not failed, "the skeleton fails baseline tests, which a "
                "naive kernel should pass:\n" +
                "\n".join(line for n in failed for line in results[n]))


def check_nothing_given(phase, baseline, results, skeleton_of):
    given = sorted(n for n, lines in results.items()
                   if passed(lines) and n not in baseline)
    _kit.expect(not given, f"the skeleton of {skeleton_of} passes {phase} "
                f"tests that students should have to earn (is their "
                f"solution marked?): {', '.join(given)}")


def declared_baseline(phase):
    """The BASELINE that src/tests/kit/skeleton-PHASE.py declares; () for a
    phase without such a test yet."""
    path = os.path.join(_kit.KIT, f"skeleton-{phase}.py")
    if not os.path.isfile(path):
        return ()
    # A BASELINE may be computed (from the phase's test lists), so run the
    # script's definitions, all but its statements: they run the test.
    module = ast.parse(read(path), path)
    module.body = [node for node in module.body
                   if not isinstance(node, ast.Expr)]
    namespace = {"__file__": path, "__name__": f"skeleton-{phase}"}
    exec(compile(module, path, "exec"), namespace)
    if "BASELINE" in namespace:
        return tuple(namespace["BASELINE"])
    raise _kit.KitFailure(f"{os.path.relpath(path, _kit.SRC)} declares no "
                          f"BASELINE")


def later_phases_present(tree, phase):
    """The phases after PHASE that have a directory in TREE."""
    return [p for p in phases.later(phase) if os.path.isfile(
        os.path.join(tree, "src", p, "Make.vars"))]


def check_later_phase(tree, later, skeleton_of):
    """A phase after SKELETON_OF, whose solution is gone too, builds and
    passes none of its tests beyond its own baseline.  Returns its count
    of tests."""
    build(tree, later)
    results = run_tests(tree, later)
    check_nothing_given(later, declared_baseline(later), results,
                        skeleton_of)
    return len(results)


def check_phase(phase, baseline, solved=None):
    """The whole check for PHASE, whose naive kernel passes BASELINE, with
    the phases SOLVED (by default every earlier one) kept solved."""
    solved = phases.earlier(phase) if solved is None else tuple(solved)
    check_todo_markers(phase)
    with tempfile.TemporaryDirectory(prefix="skiff-skeleton-") as out:
        tree = make_skeleton(phase, out, solved)
        check_no_solution_left(tree, (phase,) + phases.later(phase))
        build(tree, phase)
        results = run_tests(tree, phase)
        check_baseline(phase, baseline, results)
        check_nothing_given(phase, baseline, results, phase)
        later = {p: check_later_phase(tree, p, phase)
                 for p in later_phases_present(tree, phase)}
    print(f"skeleton of {phase}: {len(results)} tests, "
          f"{len(baseline)} baseline passed, "
          f"{len(results) - len(baseline)} others failed" +
          "".join(f"; {p}: {count} tests, none passed beyond its baseline"
                  for p, count in later.items()))
