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
# base file system passes them all: its kernel still serves phase 2 (and
# keeps the vm phase's solution, as the filesys kernel includes vm).  All
# but sc-later, which expects chdir and mkdir to work in this phase.
#
# Every one of the phase's own tests needs the phase's work: files that
# grow, subdirectories, the directory calls (dir-bad-fd contrasts bad
# descriptors with good ones), or, for crash-*, a first boot that reaches
# its power cut without a failed operation (the harness checks it, see
# src/utils/suites.py), so none is a free pass.
BASELINE = tuple(sorted((tests_of("userprog") | tests_of("filesys-base"))
                        - {"sc-later"}))

_kit.run_test(lambda: _skeleton.check_phase("filesys", BASELINE))
