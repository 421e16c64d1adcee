"""Judges a kernel test's output against its .ck declaration.

The result is a list of reason lines, empty when the test passed.  The
reasons are what a student reads first, so each says what went wrong in
words before showing the evidence: the panic and its decoded call stack,
the last lines before a timeout, or a diff of expected and actual output.
"""

import difflib
import re
import traceback

import proof
import symbolize
from errors import ToolError
from skiffcheck import CheckFailed

START = re.compile(r"^Executing '(.*)':$")
PANIC = re.compile(r"KERNEL PANIC at .* in [^ ]*\(\): (.*)$")
TIMEOUT = re.compile(r"^TIMEOUT after (\S+) seconds$")
DEADLOCK = "DEADLOCK: "         # threads/deadlock.c's report begins so.
WAIT_LINE = re.compile(r"^  thread \d+ ")
# Where a blocked thread's call stack starts: the scheduler and the
# primitives it waited in, which every report would show alike.
WAIT_MACHINERY = ("threads/thread.c", "threads/synch.c")
POWER_OFF_STATS = re.compile(r"^Timer: \d+ ticks$")  # The first line shutdown prints.
# The only lines whose numbers may change from run to run of one kernel:
# four of the power-off statistics, when the run used a disk. QEMU completes
# a disk request on a host thread, as fast as the host manages, while the
# guest waits, halted; its clock, which counts instructions, skips ahead
# over such waits by whole timer ticks, so how many ticks a wait lasts
# depends on the host. No QEMU setting removes this (-icount's
# shift/align/sleep govern the CPU's time, not the disks'; rr=record only
# logs the host's timing). Everything a test prints happens in an order
# that its own program fixes, and the harness reads only that (body(),
# halted_body()): never these lines.  With the phase-4 buffer cache, the
# file-system disk's counts vary too: its write-behind and read-ahead
# threads run when the disk lets them, so a test that judges them
# (check_disk) allows for that.  The console's count of characters
# includes the Timer line printed just before it, so it follows.
VARYING_LINES = (POWER_OFF_STATS,
                 re.compile(r"^Console: \d+ characters output$"),
                 re.compile(r"^hd\w+ \(file system\): \d+ reads, \d+ writes$"),
                 re.compile(r"^Thread: \d+ idle ticks, \d+ kernel ticks, "
                            r"\d+ user ticks$"))
TAIL_LINES = 5
CONTEXT_LINES = 3


def varies(line):
    """Whether LINE is one that may differ between two runs of one kernel
    (see VARYING_LINES)."""
    return any(pattern.match(line) for pattern in VARYING_LINES)


def body(lines):
    """The lines between `Executing 'X':` and `Execution of 'X' complete.`,
    and whether the end marker was there; (None, False) without a start.
    A test of several boots (reboot() in its .ck file) has one such part
    per boot: they are joined, and the first without its end ends them."""
    found, i = None, 0
    while i < len(lines):
        match = START.match(lines[i])
        if match:
            end = f"Execution of '{match.group(1)}' complete."
            rest = lines[i + 1:]
            if end not in rest:
                return (found or []) + rest, False
            found = (found or []) + rest[:rest.index(end)]
            i += 1 + rest.index(end)
        i += 1
    return found, found is not None


def halted_body(lines):
    """For a test that powers the machine off: the lines between `Executing
    'X':` and the power-off statistics, and why it did not halt as it
    should, as reason lines ([] when it did)."""
    actual, finished = body(lines)
    if actual is None:
        return None, []
    if finished:
        return actual, ["the test should have powered the machine off itself "
                        "(the halt system call), but it ran to its end: "
                        "there is an `Execution of '...' complete.` line, "
                        "and only then did the kernel power off"]
    if lines[-1:] != ["Powering off..."]:
        return actual, ["the test should have powered the machine off itself "
                        "(the halt system call), but the output does not "
                        "end with `Powering off...`"]
    stats = next((i for i, line in enumerate(actual)
                  if POWER_OFF_STATS.match(line)), len(actual))
    return actual[:stats], []


def tail(lines):
    shown = lines[-TAIL_LINES:]
    return ["the last lines of output were:" if shown else "there was no "
            "output at all"] + [f"  {line}" for line in shown]


def first_panic(lines):
    """The index of the first panic line, or None."""
    return next((i for i, line in enumerate(lines) if "KERNEL PANIC" in line),
                None)


def panic_reason(output, kernel_object):
    """Reason lines for a kernel panic in OUTPUT, or [] if none: the panic
    with its decoded call stack, then what the kernel printed just before."""
    lines = output.splitlines()
    index = first_panic(lines)
    if index is None:
        return []
    told = [line.strip() for line in lines[index:] if "KERNEL PANIC" in line
            or symbolize.call_stack(line) is not None]
    try:
        told = symbolize.explain_panic(output, kernel_object) or told
    except ToolError as error:  # the symbols are a help, not a requirement
        told.append(f"(call stack not decoded: {error})")
    before = lines[max(0, index - CONTEXT_LINES):index]
    return (["the kernel panicked:"] + [f"  {line}" for line in told] +
            (["just before, it printed:"] + [f"  {line}" for line in before]
             if before else []))


def deadlock_report(lines):
    """The index of the deadlock report's first line in LINES, and each
    blocked thread's line with the addresses of its call stack; (None, [])
    without a report."""
    index = next((i for i, line in enumerate(lines)
                  if line.startswith(DEADLOCK)), None)
    if index is None:
        return None, []
    waits = []
    for line in lines[index + 1:]:
        if WAIT_LINE.match(line):
            waits.append((line.strip(), []))
        elif waits and symbolize.call_stack(line) is not None:
            waits[-1] = (waits[-1][0], symbolize.call_stack(line))
        else:
            break
    return index, waits


def blocked_where(addresses, kernel_object):
    """Where a blocked thread's code waits, from its call stack: the first
    two callers outside the scheduler and the synchronization code."""
    try:
        frames = symbolize.resolve(kernel_object, addresses)
    except ToolError as error:
        return f"(call stack not decoded: {error})"
    callers = [f for f in frames if f.function is not None and
               not (f.location or "").rpartition(":")[0].endswith(
                   WAIT_MACHINERY)]
    if not callers:
        return "(call stack not decoded)"
    where = [f"{f.function} ({f.location})" if f.location else f.function
             for f in callers[:2]]
    return "in " + ", called by ".join(where)


WAITED_OBJECT = re.compile(r"\b(lock|semaphore|condition) (0x[0-9a-f]+)")


def name_objects(line, kernel_object):
    """LINE with each lock, semaphore or condition that is a kernel
    variable followed by its name: `lock 0xc0032be0 (lock_b)`."""
    def named(match):
        name = symbolize.data_name(kernel_object, int(match.group(2), 16))
        return match.group(0) + (f" ({name})" if name else "")
    return WAITED_OBJECT.sub(named, line)


def deadlock_reason(waits, kernel_object):
    """Reason lines for the deadlock report's WAITS: each blocked thread,
    what it waits for, and where in the code."""
    reasons = ["the kernel found a deadlock: every thread was blocked, "
               "waiting for another thread, so none could ever run again:"]
    for line, addresses in waits:
        reasons.append(f"  {name_objects(line, kernel_object)}")
        if addresses:
            reasons.append(f"    {blocked_where(addresses, kernel_object)}")
    return reasons


def expected_deadlock_reason(expected, waits, found):
    """Reason lines why the deadlock report (FOUND says whether there was
    one, WAITS its lines) is not the one EXPECTED; [] if it is."""
    if not found:
        return ["the kernel should have reported a deadlock (a `DEADLOCK:` "
                "line), but it did not"]
    lines = [line for line, _ in waits]
    if len(lines) == len(expected) and all(
            re.search(pattern, line) for pattern, line in zip(expected, lines)):
        return []
    return (["the deadlock report is not the one expected; it says:"] +
            [f"  {line}" for line in lines] +
            ["and it should say, line by line:"] +
            [f"  {pattern}" for pattern in expected])


def diff(expected, actual):
    return list(difflib.unified_diff(expected, actual, "expected", "actual",
                                     lineterm=""))


def closest(alternatives, actual):
    return max(alternatives, key=lambda expected: difflib.SequenceMatcher(
        None, expected, actual).ratio())


def expectation_reason(alternatives, actual):
    if actual in alternatives:
        return []
    if len(alternatives) == 1:
        return ["the output differs from what was expected:"] + \
            diff(alternatives[0], actual)
    return [f"the output matches none of the {len(alternatives)} acceptable "
            f"outputs; the differences from the closest one:"] + \
        diff(closest(alternatives, actual), actual)


def check_reason(check, actual):
    try:
        check(list(actual))
    except CheckFailed as failure:
        return str(failure).splitlines()
    except Exception as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        return [f"the check {check.__name__}() itself failed: "
                f"{type(error).__name__}: {error} "
                f"({where.filename}:{where.lineno})"]
    return []


def follows_calls(functions, names):
    """Whether NAMES occur in FUNCTIONS one right after the other."""
    return any(functions[i:i + len(names)] == names
               for i in range(len(functions) - len(names) + 1))


def expected_panic_reason(expected, lines, kernel_object):
    """Reason lines why LINES do not end in the EXPECTED panic; [] if they
    do."""
    index = first_panic(lines)
    if index is None:
        return [f"the kernel should have panicked with a message matching "
                f"`{expected.message}`, but it did not panic"] + tail(lines)
    match = PANIC.search(lines[index])
    if match is None or not re.search(expected.message, match.group(1)):
        return ["the kernel panicked, but not as expected:",
                f"  {lines[index].strip()}",
                f"the message should match `{expected.message}`"]
    if not expected.call_stack:
        return []
    stacks = [symbolize.call_stack(line) for line in lines[index + 1:]]
    addresses = next((stack for stack in stacks if stack is not None), None)
    if addresses is None:
        return ["the panic printed no `Call stack:` line"]
    try:
        frames = symbolize.resolve(kernel_object, addresses)
    except ToolError as error:
        return [f"the call stack cannot be decoded: {error}"]
    if follows_calls([frame.function for frame in frames],
                     expected.call_stack):
        return []
    return [f"the call stack should go through "
            f"{' <- '.join(expected.call_stack)} (innermost first), but "
            f"it is:"] + [f"  {frame}" for frame in frames]


def output_reason(declaration, actual):
    """Reason lines why the test's lines ACTUAL fail what DECLARATION
    expects of them; [] when they pass."""
    if declaration.alternatives is not None:
        reasons = expectation_reason(declaration.alternatives, actual)
        if reasons:
            return reasons
    for check in declaration.checks:
        reasons = check_reason(check, actual)
        if reasons:
            return reasons
    return []


FILESYS_STATS = re.compile(r"^hd\w+ \(file system\): (\d+) reads, (\d+) writes$")


def disk_reason(declaration, lines):
    """Reason lines why the file-system disk's traffic, in the first boot's
    power-off statistics, fails the test's check_disk() functions."""
    stats = next((FILESYS_STATS.match(line) for line in lines
                  if FILESYS_STATS.match(line)), None)
    if declaration.disk_checks and stats is None:
        return ["the power-off statistics have no line for the file-system "
                "disk"] + tail(lines)
    for function in declaration.disk_checks:
        try:
            function(int(stats.group(1)), int(stats.group(2)))
        except CheckFailed as failure:
            return str(failure).split("\n")
    return []


def judge(declaration, output, kernel_object, nonce=None):
    """Reason lines why OUTPUT fails DECLARATION; [] when it passes.  Given
    the NONCE of a user-program test's run, the program's proofs must hold
    (see proof.py)."""
    if declaration.panic is None:
        reasons = panic_reason(output, kernel_object)
        if reasons:
            return reasons
    lines = [line.rstrip("\r") for line in output.splitlines()]
    deadlock_index, waits = deadlock_report(lines)
    if deadlock_index is not None and declaration.deadlock is None:
        return deadlock_reason(waits, kernel_object)
    for i, line in enumerate(lines):
        timed_out = TIMEOUT.match(line)
        if timed_out:
            return [f"timeout after {timed_out.group(1)} s"] + tail(lines[:i])
    if declaration.deadlock is not None:
        reasons = expected_deadlock_reason(declaration.deadlock, waits,
                                           deadlock_index is not None)
        if reasons:
            return reasons + tail(lines)
        # What the test printed before the deadlock, as planned.
        actual, _ = body(lines[:deadlock_index])
        finished = True
    elif declaration.panic is not None:
        reasons = expected_panic_reason(declaration.panic, lines,
                                        kernel_object)
        if reasons:
            return reasons
        # What the test printed before it panicked, as planned.
        actual, _ = body(lines[:first_panic(lines)])
        finished = True
    elif declaration.halts:
        actual, not_halted = halted_body(lines)
        if actual is not None and not_halted:
            return not_halted + tail(lines)
        finished = True
    else:
        actual, finished = body(lines)
    if actual is None:
        return ["the test never started: there is no `Executing '...':` "
                "line"] + tail(lines)
    if not finished:
        return ["the test did not finish: there is no `Execution of '...' "
                "complete.` line"] + tail(lines)
    proof_reasons = []
    if nonce is not None:
        actual, proof_reasons = proof.check(actual, nonce, declaration.name)
    return (output_reason(declaration, actual) + proof_reasons
            or disk_reason(declaration, lines))
