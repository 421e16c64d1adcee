"""Shared by the kit tests that run ipwis kernels with their IPIIS
runtime on a Unix socket and talk to them with src/utils/skiff-ipwis,
as a user at a second terminal would."""

import os
import select
import subprocess
import sys
import time

import _kit

IPWIS = os.path.join(_kit.SRC, "ipwis")
TOOL = os.path.join(_kit.UTILS, "skiff-ipwis")
EXAMPLES = os.path.join(_kit.SRC, "examples")
OWNER_KEY = "5eed0f0e"
ALICE_KEY = "a11ce0"
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


class Kernel:
    """An ipwis kernel under skiff serving IPIIS on SOCKET, with the
    phase's PROGRAMS (.wasm names) on its disk, booted with the owner's
    and alice's keys and the kernel OPTIONS; SKIFF_OPTIONS go to skiff."""

    def __init__(self, socket, programs, options=(), skiff_options=()):
        disk = [arg for name in programs
                for arg in ("-p", f"build/tests/ipwis/wasm/{name}.wasm:{name}.wasm")]
        self.socket = socket
        self.process = subprocess.Popen(
            [sys.executable, _kit.SKIFF, "-T", "300", *skiff_options, "--com2",
             f"unix:{socket}", "--filesys-size=2", *disk, "--", f"-owner-key={OWNER_KEY}",
             f"-caller-key=alice:{ALICE_KEY}", *options, "-f", "extract", "ipiis"],
            cwd=IPWIS, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True)
        self.output = b""

    def wait_ready(self):
        self.output += wait_for(self.process, READY, 120)

    def finish(self):
        """Waits for the kernel to power off; its whole console, as text."""
        rest, _ = self.process.communicate(timeout=120)
        self.output += rest
        return self.output.decode(errors="replace")

    def kill(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, 9)
            self.process.wait()


def tool(socket, *words, key=OWNER_KEY):
    """Runs skiff-ipwis; returns (exit status, output)."""
    result = subprocess.run([sys.executable, TOOL, "--socket", socket, "--key", key]
                            + list(words), capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


def sign(tree, directory, changes=(), name=None):
    """Signs the example TREE (a file name in src/examples) with alice's
    key, as the README shows, after making the text CHANGES (pairs of
    old and new) in it; the signed file's path, DIRECTORY/NAME (TREE's
    own name by default)."""
    with open(os.path.join(EXAMPLES, tree)) as file:
        text = file.read()
    for old, new in changes:
        text = text.replace(old, new)
    signed = os.path.join(directory, name or tree)
    unsigned = signed + ".unsigned"
    with open(unsigned, "w") as file:
        file.write(text)
    result = subprocess.run([sys.executable, TOOL, "sign", unsigned, ALICE_KEY],
                            capture_output=True, text=True, timeout=60)
    _kit.expect(result.returncode == 0 and "\nsignature " in result.stdout,
                f"skiff-ipwis sign did not sign {tree}", result.stdout + result.stderr)
    with open(signed, "w") as file:
        file.write(result.stdout)
    return signed
