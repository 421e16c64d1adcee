"""The host's end of the runtime, against a stand-in kernel on a Unix
socket (no simulator): `skiff-ipwis --files DIR --watch submit TREE`
turns watching on first (so no event of the new task can be missed),
sends a tree longer than a frame in pieces and gets its task id, answers the kernel's outside calls (a file read from DIR, a
message sent, a path outside DIR refused), prints the pushed events and
ends when the task does. Every step waits for the one before it, so
nothing depends on timing.
"""

import os
import socket
import subprocess
import sys
import tempfile
import threading

import _kit

sys.path.insert(0, _kit.UTILS)
import ipiis  # noqa: E402

TOOL = os.path.join(_kit.UTILS, "skiff-ipwis")
TREE = b"ipwis-tree 1\n" + b"# padding\n" * 300


class StandIn:
    """A kernel that follows a script; records what the host sent."""

    def __init__(self, listener):
        self.listener, self.seen, self.error = listener, [], None

    def run(self):
        try:
            conn, _ = self.listener.accept()
            with conn:
                self.conn, self.decoder, self.frames = conn, ipiis.Decoder(), []
                self.script()
        except Exception as error:      # Reported by the test, not lost in the thread.
            self.error = error

    def next(self):
        while not self.frames:
            data = self.conn.recv(4096)
            if not data:
                raise EOFError("the host closed the line")
            self.frames += self.decoder.feed(data)
        return self.frames.pop(0)

    def send(self, kind, sequence, payload):
        self.conn.sendall(ipiis.encode(kind, sequence, payload))

    def script(self):
        kind, sequence, _ = self.next()
        assert kind == ipiis.WATCH, kind
        self.send(ipiis.WATCH | ipiis.REPLY, sequence, b"watching")
        tree = b""
        while True:
            kind, sequence, payload = self.next()
            assert kind == ipiis.SUBMIT, kind
            tree += payload[1:]
            if payload[0] == ipiis.PIECE_LAST:
                break
            self.send(ipiis.SUBMIT | ipiis.REPLY, sequence, b"have %d bytes" % len(tree))
        self.seen.append(("tree", tree))
        self.send(ipiis.SUBMIT | ipiis.REPLY, sequence, b"task 4")
        self.send(ipiis.EVENT, 0, b"task 4 running")
        for number, call in enumerate((b"read /maps/7.bin 2", b"send alice sorry, 5 minutes late",
                                       b"read /../secret 0"), 1):
            self.send(ipiis.OUTSIDE, number, call)
            self.seen.append(self.next())
        self.send(ipiis.EVENT, 0, b"task 3 done")
        self.send(ipiis.EVENT, 0, b"task 4 done")


def serve(path):
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    kernel = StandIn(listener)
    thread = threading.Thread(target=kernel.run)
    thread.start()
    return kernel, thread, listener


def main():
    with tempfile.TemporaryDirectory(prefix="skiff-host-end-", dir="/tmp") as tmp:
        files = os.path.join(tmp, "files")
        os.makedirs(os.path.join(files, "maps"))
        with open(os.path.join(files, "maps", "7.bin"), "wb") as f:
            f.write(b"district 7")
        with open(os.path.join(tmp, "robot.tree"), "wb") as f:
            f.write(TREE)
        path = os.path.join(tmp, "com2")
        kernel, thread, listener = serve(path)
        result = subprocess.run([sys.executable, TOOL, "--socket", path, "--files", files,
                                 "--watch", "submit", os.path.join(tmp, "robot.tree")],
                                capture_output=True, text=True, timeout=60)
        thread.join(60)
        listener.close()
        out = result.stdout + result.stderr
        _kit.expect(kernel.error is None, f"the stand-in kernel failed: {kernel.error!r}", out)
        _kit.expect(kernel.seen[0] == ("tree", TREE), "the tree did not arrive whole", out)
        _kit.expect(kernel.seen[1] == (ipiis.OUTSIDE | ipiis.REPLY, 1, b"strict 7"),
                    f"the read was not answered from --files: {kernel.seen[1]}", out)
        _kit.expect(kernel.seen[2] == (ipiis.OUTSIDE | ipiis.REPLY, 2, b"sent"),
                    f"the message was not sent: {kernel.seen[2]}", out)
        _kit.expect(kernel.seen[3][:2] == (ipiis.ERROR, 3) and b"outside the served" in
                    kernel.seen[3][2], f"a path outside --files was served: {kernel.seen[3]}", out)
        _kit.expect(result.returncode == 0 and out == "watching\ntask 4\ntask 4 running\n"
                    "message to alice: sorry, 5 minutes late\ntask 3 done\ntask 4 done\n",
                    "skiff-ipwis did not print the id, the events and the message", out)


_kit.run_test(main)
