# One thread computes for 45 s, then sleeps for 15 s.  load_avg, sampled
# each second, must follow the formula from the first sample on: ready
# threads are 1 while it computes and 0 while it sleeps.  Tolerance 0.03.
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()

BUSY, IDLE = 45, 15


@check
def load_avg_follows_the_formula(lines):
    rows = model.samples(lines, NAME, f"one thread computed for {BUSY} s, then slept for {IDLE} s",
                         "load_avg {n}", range(BUSY + IDLE + 1))
    actual = [row[0] for row in rows]
    expected = model.load_avg_curve(actual[0], [1] * BUSY + [0] * IDLE)
    expect_close("load_avg", actual, [round(x, 2) for x in expected], 0.03)
