"""The suites skiff-check runs, the tests in each, and how each runs.

A suite is one of:
  - a phase directory such as src/threads: its Make.vars names TEST_DIRS
    (relative to src/), and every NAME.ck in them is a test, run under
    skiff as its .ck file declares;
  - `host`: the unit tests compiled for this machine: every directory
    below src/tests with a Makefile (src/tests/lib, filesys-host, ...);
    `make -C DIR check` prints `pass AREA/NAME` or `FAIL AREA/NAME:
    reason` for each;
  - `kit`: the tests of these tools, src/tests/kit/NAME.py, each a script
    that exits 0 when it passes.
Every test becomes one or more Results; a Job is the unit that runs.
"""

import glob
import os
import re
import shlex
import signal
import subprocess
import sys
import traceback

import proof
import skiffcheck
import verdict
from errors import ToolError

UTILS = os.path.dirname(os.path.realpath(__file__))
SRC = os.path.dirname(UTILS)
SKIFF = os.path.join(UTILS, "skiff")
SKIFF_FS = os.path.join(UTILS, "skiff-fs")
KIT_DIR = os.path.join(SRC, "tests", "kit")

# A run gets this long beyond its own limit before the harness kills it:
# skiff enforces the test's timeout itself, so this is only a safety net.
SAFETY_MARGIN_SECONDS = 60
KIT_TEST_LIMIT_SECONDS = 900
HOST_SUITE_LIMIT_SECONDS = 900
FILESYS_SIZE_MB = 2


class Result:
    def __init__(self, name, reasons):
        self.name = name
        self.reasons = reasons      # why it failed; [] means it passed

    @property
    def passed(self):
        return not self.reasons


def run_limited(argv, cwd, seconds):
    """Runs ARGV in CWD with no input; returns its output (standard output
    and error together, as bytes) and exit status.  After SECONDS the whole
    process group is killed, so a stuck simulator cannot hang the harness."""
    process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        output += f"\nskiff-check: killed after {seconds} seconds\n".encode()
    return output, process.returncode


def read_make_vars(path):
    """The `NAME = value` assignments of a Make.vars file, as a dict."""
    assignments = {}
    with open(path) as f:
        for line in f:
            match = re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*:?=\s*(.*?)\s*$",
                             line)
            if match and not line.lstrip().startswith("#"):
                assignments[match.group(1)] = match.group(2)
    return assignments


def ck_error(ck, error):
    """A one-line account of ERROR, raised while reading the .ck file CK,
    naming the line of the .ck file where it happened."""
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__)
             if frame.filename == ck]
    if isinstance(error, SyntaxError) and error.filename == ck:
        lines.append(error.lineno)
    where = f":{lines[-1]}" if lines else ""
    return f"{os.path.relpath(ck, SRC)}{where}: {type(error).__name__}: {error}"


class PhaseTest:
    """A kernel test of a phase: NAME.ck in TEST_DIR (like tests/threads)."""

    def __init__(self, phase_dir, test_dir, name, user_programs):
        self.phase_dir = phase_dir
        self.test_dir = test_dir
        self.name = f"{test_dir}/{name}"
        self.short_name = name
        self.user_programs = user_programs

    def output_base(self):
        """Where NAME.output and NAME.result go, without the suffix."""
        return os.path.join(self.phase_dir, "build", self.test_dir,
                            self.short_name)

    def find_file(self, name):
        for directory in (os.path.join(self.phase_dir, "build", self.test_dir),
                          os.path.join(SRC, self.test_dir)):
            if os.path.isfile(os.path.join(directory, name)):
                return os.path.relpath(os.path.join(directory, name),
                                       self.phase_dir)
        raise skiffcheck.DeclarationError(
            f"files(): there is no {name} in build/{self.test_dir}/ or "
            f"src/{self.test_dir}/")

    def keeps_disk(self, declaration):
        """Does the test's file-system disk outlive its first boot?  For
        boots that follow, and for the file-system check after every
        test of tests/filesys."""
        return (declaration.reboots or declaration.power_cut is not None
                or self.test_dir == "tests/filesys")

    def disk_path(self):
        """The kept disk, relative to the phase directory."""
        return os.path.relpath(self.output_base() + ".dsk", self.phase_dir)

    def nonce(self, declaration):
        """A fresh nonce for a run of a user program (see proof.py); None
        for a kernel test, a .ck file that writes the command line, and a
        test of several boots (each would prove a different run)."""
        if (self.user_programs and declaration.kernel_args is None
                and not declaration.kernel_test and not declaration.reboots
                and declaration.power_cut is None):
            return proof.new_nonce()
        return None

    def kernel_words(self, declaration, nonce):
        if declaration.kernel_args is not None:
            return declaration.kernel_args
        program = " ".join([self.short_name] + list(declaration.run_args))
        if declaration.kernel_test:
            # A kernel test reads the files its .ck names from the disk.
            extract = ["extract"] if declaration.files else []
            return (["-q"] + list(declaration.options) + ["-f"] + extract
                    + ["test", program])
        if nonce:
            program += " " + proof.nonce_word(nonce)
        extract = ["-f", "extract"] if self.user_programs else []
        cut = ([f"-cut={declaration.power_cut}"]
               if declaration.power_cut is not None else [])
        return (["-q"] + list(declaration.options) + cut + extract
                + ["run", program])

    def runner_words(self, declaration):
        words = ["-k", "-T", f"{declaration.timeout:g}"]
        if self.user_programs:
            words.append(f"--filesys-size={FILESYS_SIZE_MB}")
        if self.user_programs and not declaration.kernel_test:
            program = os.path.join("build", self.test_dir, self.short_name)
            words += ["-p", f"{program}:{self.short_name}"]
            if self.keeps_disk(declaration):
                words += ["--disk", self.disk_path()]
        for name in declaration.files:
            words += ["-p", f"{self.find_file(name)}:{os.path.basename(name)}"]
        return words + list(declaration.runner_args)

    def reboot_command(self, declaration, args):
        """The skiff command line of a boot that follows the first one, on
        its disk, running the test's program with ARGS."""
        program = " ".join([self.short_name] + list(args))
        return (["-k", "-T", f"{declaration.timeout:g}", "--disk",
                 self.disk_path(), "--", "-q"] + list(declaration.options)
                + ["run", program])

    def boot(self, words, declaration):
        output, _ = run_limited([sys.executable, SKIFF] + words,
                                self.phase_dir,
                                declaration.timeout + SAFETY_MARGIN_SECONDS)
        return output

    def command(self, declaration, nonce=None):
        """The skiff command line, as words after the program name."""
        return (self.runner_words(declaration) + ["--"]
                + self.kernel_words(declaration, nonce))

    def ck_path(self):
        return os.path.join(SRC, self.test_dir, self.short_name + ".ck")

    def run(self):
        ck = self.ck_path()
        try:
            declaration = skiffcheck.load(ck, self.short_name,
                                          os.path.basename(self.phase_dir))
            nonce = self.nonce(declaration)
            words = self.command(declaration, nonce)
        except Exception as error:
            return [Result(self.name, [ck_error(ck, error)])]
        if self.keeps_disk(declaration) and self.user_programs:
            disk = os.path.join(self.phase_dir, self.disk_path())
            os.makedirs(os.path.dirname(disk), exist_ok=True)
            if os.path.exists(disk):
                os.remove(disk)
        output = self.boot(words, declaration)
        # A boot that lost its power shows nothing to compare, but it
        # must have lost it, doing its work.
        judged = b"" if declaration.power_cut is not None else output
        cut_reasons = self.cut_reasons(declaration, output)
        for args in declaration.reboots:
            more = self.boot(self.reboot_command(declaration, args),
                             declaration)
            output += more
            judged += more
        text = judged.decode(errors="replace")
        reasons = cut_reasons or verdict.judge(declaration, text, os.path.join(
            self.phase_dir, "build", "kernel.o"), nonce)
        if not reasons and self.test_dir == "tests/filesys":
            reasons = self.fsck_reasons()
        if reasons:
            skiff = os.path.relpath(SKIFF, self.phase_dir)
            reasons.append(f"to run it yourself, in src/"
                           f"{os.path.basename(self.phase_dir)}: "
                           f"{shlex.join([skiff] + words)}")
        self.save(output, reasons)
        return [Result(self.name, reasons)]

    def cut_reasons(self, declaration, output):
        """Why the first boot of a power-cut test tested nothing; [] if it
        is fine.  Its power must go after the declared writes, and none of
        its operations may fail before: a kernel whose writes fail at once
        (files that cannot grow, say) would leave a disk that trivially
        "survived" otherwise."""
        if declaration.power_cut is None:
            return []
        text = output.decode(errors="replace")
        failed = [line for line in text.splitlines()
                  if line.startswith(f"({self.short_name}) FAIL")]
        if failed:
            return [f"the first boot failed before its power cut: {failed[0]}"]
        if "power cut after" not in text:
            return [f"the first boot ended before its power cut (after "
                    f"{declaration.power_cut} sector writes): it did not do "
                    f"the work the cut was to interrupt"]
        return []

    def fsck_reasons(self):
        """Why the disk the test left fails skiff-fs fsck; [] if it passes.
        A test must leave its file system consistent, whatever it did."""
        disk = os.path.join(self.phase_dir, self.disk_path())
        output, status = run_limited([SKIFF_FS, disk, "fsck"], self.phase_dir,
                                     HOST_SUITE_LIMIT_SECONDS)
        if status == 0:
            return []
        return ([f"the file system the test left is inconsistent "
                 f"(skiff-fs {self.disk_path()} fsck):"]
                + output.decode(errors="replace").splitlines())

    def save(self, output, reasons):
        base = self.output_base()
        os.makedirs(os.path.dirname(base), exist_ok=True)
        with open(base + ".output", "wb") as f:
            f.write(output)
        verdict_lines = ["FAIL"] + reasons if reasons else ["PASS"]
        with open(base + ".result", "w") as f:
            f.write("".join(line + "\n" for line in verdict_lines))


class KitTest:
    """One of the kit's own tests: a script that exits 0 when it passes."""

    def __init__(self, path):
        self.path = path
        self.name = "kit/" + os.path.basename(path)[:-len(".py")]

    def run(self):
        output, status = run_limited([sys.executable, self.path], SRC,
                                     KIT_TEST_LIMIT_SECONDS)
        own_verdict = {f"pass {self.name}", f"FAIL {self.name}"}
        lines = [line for line in output.decode(errors="replace").splitlines()
                 if line not in own_verdict]
        if status == 0:
            return [Result(self.name, [])]
        return [Result(self.name, lines or [f"exit status {status}"])]


def host_test_dirs():
    """Every directory below src/tests with a Makefile holds host unit tests
    (phase test directories have none): src/tests/lib, filesys-host, ..."""
    return sorted(os.path.dirname(path) for path in
                  glob.glob(os.path.join(SRC, "tests", "**", "Makefile"),
                            recursive=True))


class HostTests:
    """The host unit tests of one directory: one make run, many results."""

    RESULT = re.compile(r"^(pass|FAIL) (\S+/\S+?):?(?:\s+(.*))?$")

    def __init__(self, directory):
        self.directory = directory
        self.name = "host/" + os.path.relpath(directory, os.path.join(SRC, "tests"))

    def run(self):
        output, status = run_limited(["make", "-s", "-C", self.directory, "check"],
                                     SRC, HOST_SUITE_LIMIT_SECONDS)
        return self.parse(output.decode(errors="replace"), status, self.name)

    @classmethod
    def parse(cls, text, status, name="host"):
        results = []
        for line in text.splitlines():
            match = cls.RESULT.match(line)
            if match:
                reasons = [] if match.group(1) == "pass" else \
                    [match.group(3) or "failed"]
                results.append(Result(match.group(2), reasons))
            elif line[:1].isspace() and results and not results[-1].passed:
                results[-1].reasons.append(line.strip())
        if status != 0 and all(result.passed for result in results):
            results.append(Result(name, [f"`make check` for {name} "
                                         f"failed (exit status {status})"]
                                  + text.splitlines()[-verdict.TAIL_LINES:]))
        return sorted(results, key=lambda result: result.name)


class Suite:
    """What one SUITE argument of skiff-check names: its jobs, sorted."""

    def __init__(self, name, jobs, rubric=None):
        self.name = name
        self.jobs = sorted(jobs, key=lambda job: job.name)
        self.rubric = rubric
        # Every test of the suite, even when --tests runs only some.
        self.test_names = [job.name for job in self.jobs
                           if not isinstance(job, HostTests)]


def phase_suite(argument):
    phase_dir = os.path.abspath(argument)
    make_vars_path = os.path.join(phase_dir, "Make.vars")
    if not os.path.isfile(make_vars_path):
        raise ToolError(f"{argument} is not a phase directory (it has no "
                        f"Make.vars); suites are phase directories, `host` "
                        f"or `kit`")
    if not os.path.isfile(os.path.join(phase_dir, "build", "kernel.bin")):
        raise ToolError(f"{argument} is not built: run `make -C {argument}`"
                        f" first")
    make_vars = read_make_vars(make_vars_path)
    user_programs = make_vars.get("USER_PROGRAMS", "") == "yes"
    jobs = []
    for test_dir in make_vars.get("TEST_DIRS", "").split():
        for ck in glob.glob(os.path.join(SRC, test_dir, "*.ck")):
            name = os.path.basename(ck)[:-len(".ck")]
            jobs.append(PhaseTest(phase_dir, test_dir, name, user_programs))
    phase = os.path.basename(phase_dir)
    rubric = os.path.join(SRC, "tests", phase, "Rubric")
    return Suite(phase, jobs, rubric if os.path.isfile(rubric) else None)


def suite(argument):
    """The Suite that a command-line SUITE argument names."""
    if argument == "host":
        return Suite("host", [HostTests(d) for d in host_test_dirs()])
    if argument == "kit":
        scripts = glob.glob(os.path.join(KIT_DIR, "*.py"))
        return Suite("kit", [KitTest(path) for path in scripts
                             if not os.path.basename(path).startswith("_")])
    return phase_suite(argument)
