"""Skiff's gdb setup: the kernel-aware commands in gdb/.

skiff-gdb loads it; in a gdb of your own, type
    source src/utils/gdbinit.py
Then `help user-defined` is not where to look: try `help threads`,
`help btthread`, `help btthreads` and `help plist`.
"""

import os
import sys

import gdb

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "gdb"))

import kernel_lists  # noqa: E402,F401  (defines plist)
import kernel_threads  # noqa: E402,F401  (defines threads, btthread, btthreads)

gdb.execute("set pagination off")
