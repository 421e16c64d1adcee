"""The check shared by boot-qemu and boot-bochs: the threads kernel boots
with no actions and powers off."""

import re

import _kit

BANNER = re.compile(r"^Skiff booting with \d+ kB RAM\.\.\.$", re.M)
POWER_OFF = "Powering off..."


def boot(*simulator):
    _kit.build_threads_kernel()
    status, output = _kit.skiff(*simulator, "-k", "-T", "120", "--", "-q")
    _kit.expect(BANNER.search(output), "no `Skiff booting with N kB RAM...` "
                "banner", output)
    lines = output.splitlines()
    _kit.expect(lines and lines[-1] == POWER_OFF,
                f"the last line is not `{POWER_OFF}`", output)
    _kit.expect(status == 0, f"skiff exited with status {status}", output)
