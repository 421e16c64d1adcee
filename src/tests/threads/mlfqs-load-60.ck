# Sixty threads compute for 30 s, then none for 20 s.  load_avg, sampled
# every other second, must follow the formula from the first sample on,
# with 60 ready threads at each recomputation while they compute and none
# after.  Tolerance 0.3 (load_avg peaks near 24).
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()

THREADS, BUSY, IDLE, PERIOD = 60, 30, 20, 2


@check
def load_avg_follows_the_formula(lines):
    rows = model.samples(lines, NAME, f"{THREADS} threads computed for {BUSY} s, then none for {IDLE} s",
                         "load_avg {n}", range(0, BUSY + IDLE + 1, PERIOD))
    actual = [row[0] for row in rows]
    expected = model.load_avg_curve(actual[0], [THREADS] * BUSY + [0] * IDLE)
    expect_close("load_avg", actual, [round(x, 2) for x in expected[::PERIOD]], 0.3)
