"""What a test's .ck file can declare: how to run the test, and what it
must print.

A .ck file is a few lines of Python that begins `from skiffcheck import *`
and calls the functions below.  skiff-check reads the declaration, runs the
test, and compares the lines the test printed between `Executing 'NAME':`
and `Execution of 'NAME' complete.` with what was declared:

    from skiffcheck import *
    expect('''
    (alarm-single) begin
    (alarm-single) end
    ''')

Several declarations combine: expected text, an expected panic and custom
checks must all hold.  doc/guide.md has more examples.
"""

import re
import threading

__all__ = ["expect", "expect_any", "expect_panic", "expect_deadlock", "expect_halt",
           "check", "fail",
           "expect_close", "options", "run_args", "kernel_args", "runner_args", "files",
           "timeout", "test_name", "kernel_test", "phase", "reboot",
           "power_cut", "check_disk"]

DEFAULT_TIMEOUT = 60


class DeclarationError(Exception):
    """A .ck file that uses this API wrongly."""


class CheckFailed(Exception):
    """Raised by fail(): the test's output is wrong, for the reason given."""


class ExpectedPanic:
    """A panic the test must end in: its message matches the regular
    expression MESSAGE, and its call stack passes through CALL_STACK."""

    def __init__(self, message, call_stack):
        self.message = message
        self.call_stack = call_stack


class Declaration:
    """Everything one .ck file said, with the defaults for the rest."""

    def __init__(self, name, phase=None):
        self.name = name
        self.phase = phase        # the phase directory running it, or None
        self.alternatives = None  # acceptable outputs, each a list of lines
        self.checks = []          # functions of the output lines
        self.panic = None         # an ExpectedPanic, if the test must panic
        self.deadlock = None      # regexes of the deadlock report's lines
        self.halts = False        # the test powers the machine off itself
        self.options = []         # kernel options, before the actions
        self.run_args = []        # arguments after the test's name in `run`
        self.kernel_args = None   # a whole command line replacing the default
        self.runner_args = []     # extra options for skiff
        self.files = []           # extra files to put on the scratch disk
        self.kernel_test = False  # kernel code, in a phase of user programs
        self.timeout = DEFAULT_TIMEOUT
        self.reboots = []         # argument lists of the boots that follow
        self.power_cut = None     # writes after which boot 1 loses power
        self.disk_checks = []     # functions of the disk's (reads, writes)


_lock = threading.Lock()
_declaring = None  # the Declaration that the .ck file being read fills in


def load(path, name, phase=None):
    """Reads the .ck file at PATH, for the test NAME run by the phase
    directory PHASE (e.g. "userprog"), into a Declaration."""
    global _declaring
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    with _lock:
        _declaring = Declaration(name, phase)
        try:
            exec(code, {"__name__": "__ck__", "__file__": path})
            declaration = _declaring
        finally:
            _declaring = None
    if (declaration.alternatives is None and not declaration.checks
            and declaration.panic is None and declaration.deadlock is None
            and not declaration.disk_checks):
        raise DeclarationError("it declares no expectation: call expect(), "
                               "expect_any(), expect_panic(), "
                               "expect_deadlock() or check()")
    return declaration


def _current():
    if _declaring is None:
        raise DeclarationError("skiffcheck functions work only inside a .ck "
                               "file read by skiff-check")
    return _declaring


def _lines(text):
    """TEXT's lines; one newline right after the opening quotes and one
    before the closing quotes are not part of the output."""
    if text.startswith("\n"):
        text = text[1:]
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


# What the test must print.

def expect(text):
    """The test must print exactly the lines of TEXT."""
    expect_any(text)


def expect_any(*texts):
    """The test must print exactly the lines of one of TEXTS, for tests
    whose output may legitimately come out in more than one order."""
    declaration = _current()
    if declaration.alternatives is not None:
        raise DeclarationError("the expected output is declared twice; give "
                               "all acceptable outputs to one expect_any()")
    if not texts:
        raise DeclarationError("expect_any() needs at least one output")
    declaration.alternatives = [_lines(text) for text in texts]


def expect_panic(message, call_stack=()):
    """The test must end in a kernel panic whose message (what follows
    `in FUNCTION(): `) matches the regular expression MESSAGE.  Given
    CALL_STACK, a list of function names, innermost first, the decoded call
    stack must hold them in that order, each called by the next.  expect()
    and check() then see the lines printed before the panic."""
    try:
        re.compile(message)
    except re.error as error:
        raise DeclarationError(f"expect_panic(): `{message}` is not a "
                               f"regular expression: {error}")
    _current().panic = ExpectedPanic(message, list(call_stack))


def expect_deadlock(*waits):
    """The test must end in the kernel's deadlock report (threads/deadlock.c)
    whose lines about the blocked threads match the regular expressions
    WAITS, one each, in order (e.g. r"thread 3 'a' waits for lock 0x\w+,
    held by thread 4 'b'").  expect() and check() then see the lines
    printed before the report."""
    for wait in waits:
        try:
            re.compile(wait)
        except re.error as error:
            raise DeclarationError(f"expect_deadlock(): `{wait}` is not a "
                                   f"regular expression: {error}")
    _current().deadlock = list(waits)


def expect_halt():
    """The test turns the machine off itself (the halt system call), so it
    never reaches `Execution of 'NAME' complete.`: the run must end with
    `Powering off...`, and expect() and check() see the lines printed
    before the kernel's power-off statistics."""
    _current().halts = True


def check(function):
    """Adds FUNCTION (use it as a decorator) as a check of the test's
    output: it is called with the list of lines printed between the two
    markers, and calls fail() if they are wrong."""
    _current().checks.append(function)
    return function


def check_disk(function):
    """Adds FUNCTION (use it as a decorator) as a check of the file-system
    disk's traffic in the test's first boot: it is called with the reads
    and writes that the power-off statistics report for it, and calls
    fail() if they are wrong (a buffer cache that works, say)."""
    _current().disk_checks.append(function)
    return function


def fail(reason):
    """Ends a check: the test fails for REASON (may be several lines)."""
    raise CheckFailed(reason)


def expect_close(label, actual, expected, tolerance):
    """Fails unless the numbers ACTUAL are each within TOLERANCE of the
    numbers EXPECTED (same count); the reason is a table of both, naming
    LABEL, with the entries that are too far marked."""
    if len(actual) != len(expected):
        fail(f"{label}: expected {len(expected)} values, got {len(actual)}")
    far = [abs(a - e) > tolerance for a, e in zip(actual, expected)]
    if any(far):
        rows = [f"{label}: values off by more than {tolerance} are marked *",
                f"{'#':>4} {'expected':>10} {'actual':>10}"]
        rows += [f"{i:>4} {e:>10} {a:>10}{' *' if bad else ''}"
                 for i, (a, e, bad) in enumerate(zip(actual, expected, far))]
        fail("\n".join(rows))


# How to run it.  By default the harness runs `run NAME` with -q (see
# doc/guide.md); these change that.

def options(*words):
    """Kernel options to put before the actions, e.g. options("-mlfqs")."""
    _current().options += words


def run_args(*words):
    """Arguments for the test: the action becomes `run 'NAME WORDS...'`."""
    _current().run_args += words


def kernel_args(*words):
    """Replaces the whole kernel command line by WORDS."""
    _current().kernel_args = list(words)


def runner_args(*words):
    """Extra options for skiff, e.g. runner_args("--swap-size=4")."""
    _current().runner_args += words


def files(*names):
    """Files to put on the scratch disk for `extract`, by name: each is
    looked for in the phase's build/tests/DIR/, then in src/tests/DIR/."""
    _current().files += names


def kernel_test():
    """In a phase that runs user programs, this test is kernel code instead
    (the ipwis phase's tests/ipwis/kernel/): no program goes on the scratch
    disk, and the kernel's `test NAME` action runs it."""
    _current().kernel_test = True


def reboot(*words):
    """After the test's run, boots again on the same file-system disk and
    runs the test's program (left on the disk by the first boot) with the
    arguments WORDS, e.g. reboot("check").  Each call adds one boot; the
    lines each boot's run prints follow the first run's in what expect()
    and check() see."""
    _current().reboots.append(list(words))


def power_cut(writes):
    """The test's first boot loses its power after WRITES sectors have
    been written to the file-system disk (kernel option -cut=WRITES), as
    in a crash: what it printed is not compared, and the boots declared by
    reboot() show what survived."""
    if not isinstance(writes, int) or writes < 1:
        raise DeclarationError("power_cut() needs a positive number of "
                               "sector writes")
    _current().power_cut = writes


def timeout(seconds):
    """The wall-clock limit for the run (default DEFAULT_TIMEOUT)."""
    _current().timeout = seconds


def test_name():
    """The name of the test being declared."""
    return _current().name


def phase():
    """The phase whose kernel runs the test ("userprog", "filesys", ...),
    for a test whose right output depends on it; None outside a run."""
    return _current().phase
