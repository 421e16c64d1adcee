"""The host's side of tasks' outside calls (ipwis.ipiis_call): what a
task inside a Skiff kernel asks of the world through IPIIS.  The words
are in doc/ipwis.md; the kernel's storage module (IPSIS) serves `read`
and `write` the same way from Skiff's own file system.

    read PATH OFFSET          the file's bytes from OFFSET, at most 1024
    write PATH OFFSET\\nDATA   writes DATA there; answers `wrote N`
    send TO TEXT              prints `message to TO: TEXT`; answers `sent`
    interrupt NAME ARGS       runs the host's command for interrupt-mode
                              program NAME with ARGS, printing its output;
                              answers `exit N`, its exit status

PATH is below the directory given to the server and may not leave it.
The commands are the host's, given to the server by name, never taken
from the call; ARGS are passed as words, with no shell.
A host that joins the kernel to a bigger one also passes on the calls
of delegation (delegate.py).
"""

import os
import subprocess

import delegate
import ipiis

PIECE = ipiis.MAX_PAYLOAD
# Less than the kernel waits for an answer (a minute), so that the host
# answers first.
COMMAND_SECONDS = 50


class Server:
    """Serves outside calls from files below DIRECTORY (None: no files),
    interrupt-mode programs by INTERRUPTS ({NAME: COMMAND}, COMMAND a
    list of words, the program first), and delegation's through RELAY (a delegate.Relay;
    None: none)."""

    def __init__(self, directory, say=print, relay=None, interrupts=None):
        self.directory = os.path.realpath(directory) if directory else None
        self.say = say
        self.relay = relay
        self.interrupts = interrupts or {}

    def __call__(self, request):
        line, _, data = request.partition(b"\n")
        words = line.decode(errors="replace").split(" ")
        if words[0] in delegate.WORDS:
            if self.relay is None:
                raise ipiis.IpiisError("this host joins no bigger kernel "
                                       "(skiff-ipwis --delegate-to SOCKET)")
            return self.relay(line.decode(errors="replace"), data)
        if words[0] == "interrupt" and len(words) >= 2:
            return self._interrupt(words[1], line.decode(errors="replace").split()[2:])
        if words[0] == "send" and len(words) >= 3:
            self.say(f"message to {words[1]}: {' '.join(words[2:])}")
            return b"sent"
        if words[0] in ("read", "write") and len(words) == 3 and delegate.number(words[2]):
            path, offset = self._path(words[1]), int(words[2])
            return self._read(path, offset) if words[0] == "read" else \
                self._write(path, offset, data)
        raise ipiis.IpiisError(f"not an outside call this host serves: {line[:60]!r}")

    def _interrupt(self, name, args):
        if name not in self.interrupts:
            raise ipiis.IpiisError(f"this host runs no interrupt-mode program {name} "
                                   "(skiff-ipwis --interrupt NAME=COMMAND)")
        try:
            ran = subprocess.run(self.interrupts[name] + args,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, timeout=COMMAND_SECONDS)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise ipiis.IpiisError(f"interrupt {name}: {error}")
        for line in ran.stdout.decode(errors="replace").splitlines():
            self.say(f"interrupt {name}: {line}")
        return f"exit {ran.returncode}".encode()

    def _path(self, name):
        if self.directory is None:
            raise ipiis.IpiisError("this host serves no files (skiff-ipwis --files DIR)")
        path = os.path.realpath(os.path.join(self.directory, name.lstrip("/")))
        if os.path.commonpath([path, self.directory]) != self.directory:
            raise ipiis.IpiisError(f"{name} is outside the served directory")
        return path

    @staticmethod
    def _read(path, offset):
        try:
            with open(path, "rb") as file:
                file.seek(offset)
                return file.read(PIECE)
        except OSError as error:
            raise ipiis.IpiisError(f"cannot read {os.path.basename(path)}: {error.strerror}")

    @staticmethod
    def _write(path, offset, data):
        try:
            with open(path, "r+b" if os.path.exists(path) else "wb") as file:
                file.seek(offset)
                file.write(data)
            return f"wrote {len(data)}".encode()
        except OSError as error:
            raise ipiis.IpiisError(f"cannot write {os.path.basename(path)}: {error.strerror}")
