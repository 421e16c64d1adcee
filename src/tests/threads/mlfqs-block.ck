# A thread computes alone for 20 s, then blocks for 3 s while main
# computes.  When it blocks and when main wakes it, its recent_cpu (within
# 2.5) and load_avg (within 0.03) must follow the formulas, and when it
# wakes, so must its priority (within 1): it decayed while it was blocked
# (mlfqs_model.computed_then_blocked).  So far above main's priority, it
# must also take the CPU from main at once.
import os
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mlfqs_model as model  # noqa: E402
from skiffcheck import *  # noqa: E402

options("-mlfqs")
NAME = test_name()

BUSY, BLOCKED, OFFSET = 20, 3, 50


@check
def blocked_thread_decays(lines):
    inner = model.body(lines, NAME, "main was preempted by the woken thread")
    if len(inner) != 2:
        fail("expected two lines of results after the first")
    busy = model.parse(inner[:1], "after computing for {n} s: recent_cpu {n}, load_avg {n}")[0]
    woken = model.parse(inner[1:], "after {n} s blocked: recent_cpu {n}, load_avg {n}, priority {n}")[0]
    if (busy[0], woken[0]) != (BUSY, BLOCKED):
        fail(f"expected {BUSY} s computing and {BLOCKED} s blocked")
    (busy_recent_cpu, busy_load_avg), (recent_cpu, load_avg, priority) = \
        model.computed_then_blocked(BUSY, BLOCKED, OFFSET)
    expect_close("recent_cpu when it blocked, and when it woke",
                 [busy[1], woken[1]], [round(busy_recent_cpu, 2), round(recent_cpu, 2)], 2.5)
    expect_close("load_avg when it blocked, and when it woke",
                 [busy[2], woken[2]], [round(busy_load_avg, 2), round(load_avg, 2)], 0.03)
    expect_close("priority when it woke", [woken[3]], [priority], 1)
