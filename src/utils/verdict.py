"""Judges a kernel test's output against its .ck declaration.

The result is a list of reason lines, empty when the test passed.  The
reasons are what a student reads first, so each says what went wrong in
words before showing the evidence: the panic and its decoded call stack,
the last lines before a timeout, or a diff of expected and actual output.
"""

import difflib
import re
import traceback

import symbolize
from errors import ToolError
from skiffcheck import CheckFailed

START = re.compile(r"^Executing '(.*)':$")
TIMEOUT = re.compile(r"^TIMEOUT after (\S+) seconds$")
TAIL_LINES = 5


def body(lines):
    """The lines between `Executing 'X':` and `Execution of 'X' complete.`,
    and whether the end marker was there; (None, False) without a start."""
    for i, line in enumerate(lines):
        match = START.match(line)
        if match:
            end = f"Execution of '{match.group(1)}' complete."
            rest = lines[i + 1:]
            if end in rest:
                return rest[:rest.index(end)], True
            return rest, False
    return None, False


def tail(lines):
    shown = lines[-TAIL_LINES:]
    return ["the last lines of output were:" if shown else "there was no "
            "output at all"] + [f"  {line}" for line in shown]


def panic_reason(output, kernel_object):
    """Reason lines for a kernel panic in OUTPUT, or [] if none."""
    lines = output.splitlines()
    told = [line.strip() for line in lines if "KERNEL PANIC" in line
            or symbolize.call_stack(line) is not None]
    if not any("KERNEL PANIC" in line for line in told):
        return []
    try:
        told = symbolize.explain_panic(output, kernel_object) or told
    except ToolError as error:  # the symbols are a help, not a requirement
        told.append(f"(call stack not decoded: {error})")
    return ["the kernel panicked:"] + [f"  {line}" for line in told]


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


def judge(declaration, output, kernel_object):
    """Reason lines why OUTPUT fails DECLARATION; [] when it passes."""
    reasons = panic_reason(output, kernel_object)
    if reasons:
        return reasons
    lines = [line.rstrip("\r") for line in output.splitlines()]
    for i, line in enumerate(lines):
        timed_out = TIMEOUT.match(line)
        if timed_out:
            return [f"timeout after {timed_out.group(1)} s"] + tail(lines[:i])
    actual, finished = body(lines)
    if actual is None:
        return ["the test never started: there is no `Executing '...':` "
                "line"] + tail(lines)
    if not finished:
        return ["the test did not finish: there is no `Execution of '...' "
                "complete.` line"] + tail(lines)
    if declaration.alternatives is not None:
        reasons = expectation_reason(declaration.alternatives, actual)
        if reasons:
            return reasons
    for check in declaration.checks:
        reasons = check_reason(check, actual)
        if reasons:
            return reasons
    return []
