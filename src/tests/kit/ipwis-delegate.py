"""Delegation between two real kernels: a small one (skiff's default
4 MB, booted with -delegate) and a big one (32 MB), each serving IPIIS
on its own socket, joined by the host: `skiff-ipwis --socket SMALL
--delegate-to BIG submit` of src/examples/delegate.tree, which needs
8 MB. The small kernel gives the caller its own task id and pushes the
task's events; the tree runs on the big kernel; polls through the small
kernel show its end and outputs, as polls of the big one do. Without a
host that joins them, the small kernel says so and the task fails.
"""

import os
import tempfile

import _ipwis
import _kit
from _ipwis import tool

PROGRAMS = ["hello"]


def delegated(small, big, signed):
    status, out = tool(small, "--delegate-to", big, "submit", signed)
    for line in ("watching\n", "task 1 delegated: the tree needs 8192 kB of memory and ",
                 "task 1 admitted: delegated: the tree needs 8192 kB",
                 "task 1 running: delegated to a bigger kernel as its task 1\n",
                 "task 1 done: finished\n"):
        _kit.expect(line in out, f"submit through the small kernel did not print {line!r}", out)
    _kit.expect(status == 0, "skiff-ipwis did not end cleanly", out)
    for socket, which in ((small, "small"), (big, "big")):
        status, out = tool(socket, "poll", "1")
        _kit.expect(status == 0 and out.startswith("task 1 done\n") and "greeting=hello" in out,
                    f"a poll of the {which} kernel did not show the task's end", out)


def not_joined(small, tmp):
    """The same tree, created a minute later, with no bigger kernel."""
    later = _ipwis.sign("delegate.tree", tmp, [("T09:00:00Z", "T09:01:00Z")], "later.tree")
    status, out = tool(small, "--watch", "submit", later)
    _kit.expect("task 2 failed: not delegated: the host passes trees to no bigger kernel" in out,
                "a tree delegated with no bigger kernel did not fail clearly", out)


def main():
    _kit.build_phase(_ipwis.IPWIS)
    with tempfile.TemporaryDirectory(prefix="skiff-delegate-", dir="/tmp") as tmp:
        small, big = os.path.join(tmp, "small"), os.path.join(tmp, "big")
        kernels = [_ipwis.Kernel(small, PROGRAMS, ["-delegate"], ["--realtime"]),
                   _ipwis.Kernel(big, PROGRAMS, [], ["--realtime", "-m", "32"])]
        try:
            for kernel in kernels:
                kernel.wait_ready()
            delegated(small, big, _ipwis.sign("delegate.tree", tmp))
            not_joined(small, tmp)
            for socket in (small, big):
                status, out = tool(socket, "halt")
                _kit.expect(status == 0, "halt was not accepted", out)
            outputs = [kernel.finish() for kernel in kernels]
        finally:
            for kernel in kernels:
                kernel.kill()
        _kit.expect("Powering off..." in outputs[0] and "Powering off..." in outputs[1],
                    "the kernels did not power off", "\n".join(outputs))


_kit.run_test(main)
