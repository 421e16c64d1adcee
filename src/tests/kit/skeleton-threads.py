"""The threads skeleton: no solution left, builds warning-free, passes just
the baseline tests (see _skeleton.py)."""

import _kit
import _skeleton

# The threads tests that a naive kernel passes: the platform's own tests,
# of the base code students are given working, and sleeps that end at
# once.  alarm-single and alarm-multiple are not here: they check that
# sleepers are blocked, and the starter's timer_sleep() busy-waits.
BASELINE = ("alarm-negative", "alarm-zero", "deadlock-report", "fault-report",
            "panic-backtrace", "stack-overflow", "synch-cond-broadcast",
            "synch-cond-signal", "synch-lock-fair", "synch-lock-handoff",
            "synch-many-threads")

_kit.run_test(lambda: _skeleton.check_phase("threads", BASELINE))
