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
import select
import subprocess
import sys
import tempfile
import time

import _kit

IPWIS = os.path.join(_kit.SRC, "ipwis")
TOOL = os.path.join(_kit.UTILS, "skiff-ipwis")
OWNER_KEY = "5eed0f0e"
ALICE_KEY = "a11ce0"
HELLO_TREE = os.path.join(_kit.SRC, "examples", "hello.tree")
READY = "IPIIS: serving on COM2"


def wait_for(process, text, seconds):
    """Reads PROCESS's output until a line holds TEXT; returns what was read."""
    seen = b""
    deadline = time.monotonic() + seconds
    while text.encode() not in seen:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([process.stdout], [], [], left)[0]:
            raise _kit.KitFailure(f"the kernel did not print {text!r}:\n"
                                  + seen.decode(errors="replace"))
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            raise _kit.KitFailure("the kernel stopped early:\n" + seen.decode(errors="replace"))
        seen += chunk
    return seen


def tool(socket, *words, key=OWNER_KEY):
    """Runs skiff-ipwis; returns (exit status, output)."""
    result = subprocess.run([sys.executable, TOOL, "--socket", socket, "--key", key]
                            + list(words), capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def submit_by_hand(socket, tmp):
    """The README's steps: sign the example tree, submit it and watch it
    end, then poll it."""
    signed = os.path.join(tmp, "hello.tree")
    result = subprocess.run([sys.executable, TOOL, "sign", HELLO_TREE, ALICE_KEY],
                            capture_output=True, text=True, timeout=60)
    _kit.expect(result.returncode == 0 and "\nsignature " in result.stdout,
                "skiff-ipwis sign did not sign the example tree",
                result.stdout + result.stderr)
    with open(signed, "w") as f:
        f.write(result.stdout)
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
    _kit.build_phase(IPWIS)
    with tempfile.TemporaryDirectory(prefix="skiff-ipiis-", dir="/tmp") as tmp:
        socket = os.path.join(tmp, "com2")
        kernel = subprocess.Popen(
            [sys.executable, _kit.SKIFF, "-T", "300", "--com2", f"unix:{socket}",
             "--filesys-size=2", "-p", "build/tests/ipwis/wasm/hello.wasm:hello.wasm",
             "--", f"-owner-key={OWNER_KEY}", f"-caller-key=alice:{ALICE_KEY}",
             "-f", "extract", "ipiis"],
            cwd=IPWIS, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            seen = wait_for(kernel, READY, 120)
            conversation(socket)
            submit_by_hand(socket, tmp)
            halt(socket)
            rest, _ = kernel.communicate(timeout=120)
        finally:
            if kernel.poll() is None:
                os.killpg(kernel.pid, 9)
                kernel.wait()
        output = (seen + rest).decode(errors="replace")
        for line in ("IPIIS: kernel-mode status",
                     "IPIIS: kernel-mode command refused: the nonce is not the one",
                     "IPIIS: kernel-mode command refused: the MAC is wrong",
                     "IPIIS: kernel-mode halt", "Powering off..."):
            _kit.expect(line in output, f"the kernel did not print {line!r}", output)
        _kit.expect(kernel.returncode == 0, "skiff did not end cleanly", output)


_kit.run_test(main)
