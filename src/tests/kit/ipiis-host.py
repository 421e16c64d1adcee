"""IPIIS end to end: the ipwis kernel serves COM2 on a Unix socket (`skiff
--com2 unix:PATH`, action `ipiis`) and src/utils/skiff-ipwis talks to it
as the owner would from a second terminal: an echo comes back, the
resources are reported, a frame
with a wrong checksum is dropped and counted, `status` with the owner's
key is accepted and its replay refused, a wrong key is refused, the
README's tree (src/examples/hello.tree) signed by `skiff-ipwis sign` runs
as a task, followed by `submit --watch` and `poll`, and `halt` powers the
kernel off.
"""

import os
import tempfile

import _ipwis
import _kit
from _ipwis import tool


def submit_by_hand(socket, tmp):
    """The README's steps: sign the example tree, submit it and watch it
    end, then poll it."""
    signed = _ipwis.sign("hello.tree", tmp)
    status, out = tool(socket, "--watch", "submit", signed)
    _kit.expect(status == 0 and out.startswith("watching\ntask 1\n") and
                "task 1 done: finished" in out,
                "the signed example tree did not run to its end", out)
    status, out = tool(socket, "poll", "1")
    _kit.expect(status == 0 and "greeting=hello" in out,
                "poll did not show the task's output", out)
    status, out = tool(socket, "--watch", "submit", signed)
    _kit.expect("replay" in out and "task 2" not in out,
                "the same signed tree was accepted twice", out)


def conversation(socket):
    status, out = tool(socket, "echo", "hello", "kernel")
    _kit.expect(status == 0 and out == "hello kernel\n", "the echo did not come back", out)
    status, out = tool(socket, "resources")
    _kit.expect(status == 0 and out.startswith("cpu: ") and "gpu: none; network: none" in out,
                "the resources were not reported", out)
    status, out = tool(socket, "corrupt")
    _kit.expect(status == 0 and "1 dropped" in out, "the corrupt frame was not dropped and counted", out)
    status, out = tool(socket, "--replay", "status")
    _kit.expect(status == 0 and out.startswith("up ") and "\nreplay: refused: the nonce" in out,
                "status was not accepted once and refused when replayed", out)
    status, out = tool(socket, "status", key="00")
    _kit.expect(status == 1 and "refused: the MAC is wrong" in out,
                "status under a wrong key was not refused", out)


def halt(socket):
    status, out = tool(socket, "halt")
    _kit.expect(status == 0 and out == "halting\n", "halt was not accepted", out)


def main():
    _kit.build_phase(_ipwis.IPWIS)
    with tempfile.TemporaryDirectory(prefix="skiff-ipiis-", dir="/tmp") as tmp:
        socket = os.path.join(tmp, "com2")
        kernel = _ipwis.Kernel(socket, ["hello"])
        try:
            kernel.wait_ready()
            conversation(socket)
            submit_by_hand(socket, tmp)
            halt(socket)
            output = kernel.finish()
        finally:
            kernel.kill()
        for line in ("IPIIS: kernel-mode status",
                     "IPIIS: kernel-mode command refused: the nonce is not the one",
                     "IPIIS: kernel-mode command refused: the MAC is wrong",
                     "IPIIS: kernel-mode halt", "Powering off..."):
            _kit.expect(line in output, f"the kernel did not print {line!r}", output)
        _kit.expect(kernel.process.returncode == 0, "skiff did not end cleanly", output)


_kit.run_test(main)
