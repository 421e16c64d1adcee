"""The filesys skeleton: no solution left, builds warning-free, passes just
the baseline tests (see _skeleton.py)."""

import glob
import os

import _kit
import _skeleton


def tests_of(directory):
    return {os.path.basename(ck)[:-len(".ck")]
            for ck in glob.glob(os.path.join(_kit.SRC, "tests", directory, "*.ck"))}


# The filesys phase runs the userprog and filesys-base tests too, and the
# base file system passes them all: its kernel still serves phase 2.  All
# but sc-later, which expects chdir and mkdir to work in this phase.  Of
# the phase's own tests, a naive kernel passes only dir-bad-fd: the
# directory calls of bad descriptors fail in it as they should.
BASELINE = tuple(sorted((tests_of("userprog") | tests_of("filesys-base")
                         | {"dir-bad-fd"}) - {"sc-later"}))

_kit.run_test(lambda: _skeleton.check_phase("filesys", BASELINE))
