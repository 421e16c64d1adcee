# One thread computes for 60 s, sampling its recent_cpu and load_avg each
# second, 50 ticks past it.  From the first sample on, both must follow the
# formulas (mlfqs_model.alone): recent_cpu within 2.5, load_avg within 0.03.
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()

SECONDS, OFFSET = 60, 50


@check
def recent_cpu_follows_the_formula(lines):
    rows = model.samples(lines, NAME, f"one thread computed for {SECONDS} s",
                         "recent_cpu {n}, load_avg {n}", range(SECONDS + 1))
    expected = model.alone(rows[0][0], rows[0][1], SECONDS, OFFSET)
    expect_close("recent_cpu", [row[0] for row in rows],
                 [round(e[0], 2) for e in expected], 2.5)
    expect_close("load_avg", [row[1] for row in rows],
                 [round(e[1], 2) for e in expected], 0.03)
