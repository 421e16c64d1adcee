"""What the advanced scheduler should compute, for the mlfqs-* tests.

The .ck files of those tests import this module.  It follows the formulas
of doc/threads.md in real numbers; the kernel computes in 17.14 fixed
point and prints hundredths, so the .ck files compare within a tolerance
that each of them states.

The kernel side (mlfqs.c) starts work and takes samples a fixed number of
ticks past a whole second, never on one: load_avg and recent_cpu change
only when timer_ticks() is a multiple of TIMER_FREQ, so between two such
ticks we know exactly how many recomputations happened and who was ready
at each.  Where a thread's share of the CPU matters, the functions below
replay the scheduler one timer tick at a time.
"""

import re

from skiffcheck import expect_close, fail

TIMER_FREQ = 100
PRI_MIN, PRI_MAX = 0, 63
TIME_SLICE = 4              # ticks a thread runs before it must yield
PRIORITY_TICKS = 4          # priorities are recomputed this often


def next_load_avg(load_avg, ready_threads):
    return 59 / 60 * load_avg + ready_threads / 60


def decayed(recent_cpu, load_avg, nice):
    """recent_cpu after the once-a-second decay, at LOAD_AVG."""
    return 2 * load_avg / (2 * load_avg + 1) * recent_cpu + nice


def priority(recent_cpu, nice):
    exact = PRI_MAX - int(recent_cpu / 4) - 2 * nice    # int() truncates
    return max(PRI_MIN, min(PRI_MAX, exact))


def load_avg_curve(initial, ready_counts):
    """load_avg from INITIAL on, after each recomputation in turn, the
    number of ready threads at each being READY_COUNTS."""
    curve = [initial]
    for ready in ready_counts:
        curve.append(next_load_avg(curve[-1], ready))
    return curve


def alone(recent_cpu, load_avg, seconds, offset):
    """A thread computing alone, sampled OFFSET ticks past each second:
    the (recent_cpu, load_avg) samples for SECONDS more seconds, from one
    sample of both.  The kernel counts a tick before it recomputes."""
    samples = [(recent_cpu, load_avg)]
    for _ in range(seconds):
        recent_cpu += TIMER_FREQ - offset
        load_avg = next_load_avg(load_avg, 1)
        recent_cpu = decayed(recent_cpu, load_avg, 0) + offset
        samples.append((recent_cpu, load_avg))
    return samples


def computed_then_blocked(busy_seconds, blocked_seconds, offset):
    """mlfqs-block: a thread computes alone for BUSY_SECONDS from OFFSET
    ticks past a second, from recent_cpu and load_avg 0, then is blocked
    for BLOCKED_SECONDS while another thread computes.  Returns its
    (recent_cpu, load_avg) when it blocks, and its (recent_cpu, load_avg,
    priority) when it wakes."""
    recent_cpu, load_avg = alone(0.0, 0.0, busy_seconds, offset)[-1]
    blocked = (recent_cpu, load_avg)
    for _ in range(blocked_seconds):
        load_avg = next_load_avg(load_avg, 1)
        recent_cpu = decayed(recent_cpu, load_avg, 0)
    return blocked, (recent_cpu, load_avg, priority(recent_cpu, 0))


class Thread:
    def __init__(self, nice):
        self.nice = nice
        # The threads wait through one recomputation before they start,
        # with load_avg still 0: that sets recent_cpu to nice.
        self.recent_cpu = float(nice)
        self.priority = priority(self.recent_cpu, nice)
        self.ticks = 0


def share(nices, seconds, offset):
    """Threads of the given NICES, all computing from OFFSET ticks past a
    whole second for SECONDS, with load_avg 0 when they start: replays the
    scheduler tick by tick.  Returns the threads (their ticks and final
    recent_cpu) and the final load_avg."""
    threads = [Thread(nice) for nice in nices]
    # They fell asleep highest priority first; they wake in that order.
    ready = sorted(threads, key=lambda t: -t.priority)
    load_avg = 0.0

    def take_best():
        best = max(t.priority for t in ready)
        return ready.pop(next(i for i, t in enumerate(ready)
                              if t.priority == best))

    running, slice_ticks = take_best(), 0
    for tick in range(offset + 1, offset + seconds * TIMER_FREQ + 1):
        running.recent_cpu += 1
        running.ticks += 1
        if tick % TIMER_FREQ == 0:
            load_avg = next_load_avg(load_avg, len(threads))
            for t in threads:
                t.recent_cpu = decayed(t.recent_cpu, load_avg, t.nice)
        outranked = False
        if tick % PRIORITY_TICKS == 0:
            for t in threads:
                t.priority = priority(t.recent_cpu, t.nice)
            outranked = any(t.priority > running.priority for t in ready)
        slice_ticks += 1
        if outranked or slice_ticks >= TIME_SLICE:
            ready.append(running)
            running, slice_ticks = take_best(), 0
    return threads, load_avg


def body(lines, name, header):
    """The lines of test NAME's output between `begin`, then HEADER, and
    `end`, without their `(NAME) ` prefix; fails on any other framing."""
    prefix = f"({name}) "
    framing = [prefix + "begin", prefix + header]
    if lines[:2] != framing or lines[-1:] != [prefix + "end"]:
        shown = lines[:2] + (["..."] if len(lines) > 3 else []) + lines[2:][-1:]
        fail("expected the output to start with\n  " + "\n  ".join(framing)
             + f"\nand end with\n  {prefix}end\nbut it was\n  "
             + "\n  ".join(shown))
    inner = lines[2:-1]
    for line in inner:
        if not line.startswith(prefix):
            fail(f"unexpected line: {line}")
    return [line[len(prefix):] for line in inner]


NUMBER = r"(-?\d+(?:\.\d+)?)"


def parse(lines, pattern):
    """The numbers in LINES, each of which must match PATTERN (a regular
    expression in which {n} stands for a number): one tuple per line."""
    regex = re.compile("^" + pattern.format(n=NUMBER) + "$")
    rows = []
    for line in lines:
        match = regex.match(line)
        if match is None:
            fail(f"expected a line like '{pattern.format(n='N')}', "
                 f"got: {line}")
        rows.append(tuple(float(group) for group in match.groups()))
    return rows


def samples(lines, name, header, values, seconds):
    """For the tests that print `after S s: VALUES` lines: the numbers of
    VALUES on each, once the S are checked to run through SECONDS."""
    rows = parse(body(lines, name, header), "after {n} s: " + values)
    found = [int(row[0]) for row in rows]
    if found != list(seconds):
        fail(f"expected samples after {list(seconds)} s, "
             f"got them after {found} s")
    return [row[1:] for row in rows]


# mlfqs.c starts the threads of mlfqs_share() this many ticks past a second.
SHARE_START_OFFSET = 50
# The tolerances of check_share() other than for ticks.
SHARE_RECENT_CPU_TOLERANCE = 2.5
SHARE_LOAD_AVG_TOLERANCE = 0.05


def check_share(lines, name, nices, seconds, tick_tolerance):
    """The check of mlfqs-fair-* and mlfqs-nice-*: each thread's ticks, the
    threads' mean recent_cpu at the end, and the final load_avg, against
    share()."""
    inner = body(lines, name, f"{len(nices)} threads computed for "
                              f"{seconds} seconds")
    if len(inner) != len(nices) + 1:
        fail(f"expected a line for each of the {len(nices)} workers, then "
             f"the load_avg line; got {len(inner)} lines")
    workers = parse(inner[:-1], "worker {n}, nice {n}: {n} ticks, "
                                "recent_cpu {n}")
    load_avg = parse(inner[-1:], "load_avg {n}")[0][0]
    if [(int(w[0]), int(w[1])) for w in workers] != list(enumerate(nices)):
        fail(f"expected workers 0 to {len(nices) - 1} in order, with nice "
             f"values {nices}")
    threads, expected_load_avg = share(nices, seconds, SHARE_START_OFFSET)
    expect_close("ticks per thread", [w[2] for w in workers],
                 [t.ticks for t in threads], tick_tolerance)
    # One thread's recent_cpu depends on just when it last ran, but every
    # tick adds one to somebody's and they all decay alike: their mean
    # depends on the formulas alone.
    expect_close("recent_cpu, the mean over the threads",
                 [round(sum(w[3] for w in workers) / len(workers), 2)],
                 [round(sum(t.recent_cpu for t in threads) / len(threads), 2)],
                 SHARE_RECENT_CPU_TOLERANCE)
    expect_close("load_avg", [load_avg], [round(expected_load_avg, 2)],
                 SHARE_LOAD_AVG_TOLERANCE)
