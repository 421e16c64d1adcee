"""The ipwis skeleton: no solution left, builds warning-free, passes just
the baseline tests (see _skeleton.py)."""

import glob
import os

import _kit
import _skeleton


def tests_of(directory):
    return {os.path.basename(ck)[:-len(".ck")]
            for ck in glob.glob(os.path.join(_kit.SRC, "tests", directory, "*.ck"))}


# The ipwis phase runs the userprog and filesys-base tests too, which its
# kernel (userprog's, kept solved) passes; and its platform tests, of code
# students are given working: each thread's own FPU state (threads/fpu.c)
# the IPIIS channel (devices/com2.c, the frames) and the WASM engine in the
# kernel (ipwis/wasm, ipwis/engine-memory.c).  The trees, the modes,
# admission and the tasks are the students' to write.
PLATFORM = {"fpu-threads", "fpu-threads-bochs", "fpu-user", "ipiis-loopback",
            "ipiis-loopback-bochs", "ipiis-round-trip", "engine-run", "engine-float",
            "engine-float-bochs", "engine-threads", "engine-fuel",
            "engine-bad-modules"}
BASELINE = tuple(sorted(tests_of("userprog") | tests_of("filesys-base")
                        | PLATFORM))

_kit.run_test(lambda: _skeleton.check_phase("ipwis", BASELINE))
