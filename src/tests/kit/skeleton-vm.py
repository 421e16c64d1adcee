"""The vm skeleton: no solution left, builds warning-free, passes just
the baseline tests (see _skeleton.py)."""

import glob
import os

import _kit
import _skeleton

# Without the vm solution the phase's kernel is the userprog kernel, which
# loads programs eagerly into a fixed stack page: it passes every test of
# the userprog phase, which the vm phase runs as well ...
EARLIER_PHASES = tuple(sorted(
    os.path.basename(ck)[:-len(".ck")]
    for directory in ("userprog", "filesys-base")
    for ck in glob.glob(os.path.join(_kit.SRC, "tests", directory, "*.ck"))))

# ... and those vm tests that only check that protection holds and that
# what a program gets is right, which eager loading gives too: data and
# bss, bad addresses (also just below the stack), writes to code and
# read-only data, a program too big to load. Every test that needs a page
# to come in later (stack growth, eviction, swap, mmap, sharing) fails.
VM_BASELINE = ("pt-bad-addr", "pt-bad-kernel", "pt-data-bss", "pt-exec-commit",
               "pt-grow-bad", "pt-read-code", "pt-sc-rodata", "pt-write-code",
               "pt-write-ro")

BASELINE = EARLIER_PHASES + VM_BASELINE

_kit.run_test(lambda: _skeleton.check_phase("vm", BASELINE))
