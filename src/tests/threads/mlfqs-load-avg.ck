# Thirty threads, thread i computing for 20 s from second i, then 10 s with
# none.  load_avg, sampled every other second, must follow the formula
# from the first sample on, with as many ready threads at each
# recomputation as are computing then.  Tolerance 0.3.
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()

THREADS, BUSY, IDLE, PERIOD = 30, 20, 10, 2
TOTAL = THREADS - 1 + BUSY + IDLE


def computing(second):
    """How many threads compute at the recomputation ending SECOND (1, 2,
    ...): those that started before it and have not stopped."""
    return sum(1 for i in range(THREADS) if i < second <= i + BUSY)


@check
def load_avg_follows_the_formula(lines):
    rows = model.samples(lines, NAME, f"{THREADS} threads, thread i computing for {BUSY} s from second i",
                         "load_avg {n}", range(0, TOTAL + 1, PERIOD))
    actual = [row[0] for row in rows]
    ready = [computing(second) for second in range(1, TOTAL + 1)]
    expected = model.load_avg_curve(actual[0], ready)
    expect_close("load_avg", actual, [round(x, 2) for x in expected[::PERIOD]], 0.3)
