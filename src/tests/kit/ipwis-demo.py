"""`make -C src/ipwis run`: the scripted demo boots the runtime and drives
it from the host as the README says, and every step gets the finished
kernel's answer. It is also the delivery robot's run with the real host
at the far end of IPIIS: the reserved program's map comes from the demo's
host directory, not from the kernel's disk.
"""

import os
import subprocess

import _kit

IPWIS = os.path.join(_kit.SRC, "ipwis")


def main():
    result = subprocess.run(["make", "--no-print-directory", "-C", IPWIS, "run"],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=600)
    output = result.stdout + result.stderr
    _kit.expect(result.returncode == 0, "make -C src/ipwis run failed", output)
    for line in ("every step answered as the finished kernel answers it",
                 "  map=district 7 map", "  sent=alice, late by 15",
                 "  interrupt notify: the robot is on its way from entry",
                 "  task 6 done: interrupt notify: @host, exit(0)",
                 "kernel| IPIIS: kernel-mode halt", "kernel| Powering off..."):
        _kit.expect(line in output, f"the demo did not show {line!r}", output)


_kit.run_test(main)
