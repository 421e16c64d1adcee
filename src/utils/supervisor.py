"""Runs a simulator and relays the kernel's serial output to ours.

It also stops the simulator early in the runner's two ways: at the
wall-clock limit (-T), and, with -k, as soon as a kernel panic has printed
its call stack.  After a panic we pass on nothing past the `Call stack:`
line, so a panicking test leaves the same output on every run.
"""

import os
import selectors
import subprocess
import time

PANIC_MARK = b"KERNEL PANIC"
CALL_STACK_MARK = b"Call stack:"
# How long a simulator may take to exit after we ask it to.
STOP_GRACE_SECONDS = 5

EXITED, TIMED_OUT, PANICKED = "exited", "timed out", "panicked"


class PanicWatcher:
    """Finds the end of the `Call stack:` line that follows a panic."""

    def __init__(self):
        self.line = b""
        self.panicked = False

    def cut(self, data):
        """How many bytes of DATA to pass on before the simulator should
        be stopped, or None to pass on all of it and keep going."""
        start = 0
        while True:
            newline = data.find(b"\n", start)
            if newline < 0:
                self.line += data[start:]
                return None
            line, self.line = self.line + data[start:newline], b""
            start = newline + 1
            if PANIC_MARK in line:
                self.panicked = True
            elif self.panicked and CALL_STACK_MARK in line:
                return start


def stop(process, polite=True):
    """Ends PROCESS.  A POLITE stop asks first, so that QEMU can restore
    the terminal; it forces the end only if asking does not work."""
    if process.poll() is None:
        if polite:
            process.terminate()
            try:
                process.wait(STOP_GRACE_SECONDS)
                return
            except subprocess.TimeoutExpired:
                pass
        process.kill()
        process.wait()


def relay(process, serial_fd, out, time_limit=None, stop_after_panic=False,
          polite=True):
    """Copies what arrives on SERIAL_FD to the binary stream OUT until the
    simulator PROCESS ends, TIME_LIMIT seconds pass, or (with
    STOP_AFTER_PANIC) a panic's call stack is out.  Returns EXITED,
    TIMED_OUT or PANICKED; the simulator is no longer running.  POLITE is
    how to stop it, as for stop()."""
    deadline = None if time_limit is None else time.monotonic() + time_limit
    watcher = PanicWatcher() if stop_after_panic else None
    with selectors.DefaultSelector() as selector:
        selector.register(serial_fd, selectors.EVENT_READ)
        while True:
            if not selector.select(_seconds_left(deadline)):
                stop(process, polite)
                return TIMED_OUT
            data = os.read(serial_fd, 65536)
            if not data:
                break
            cut = watcher.cut(data) if watcher else None
            out.write(data if cut is None else data[:cut])
            out.flush()
            if cut is not None:
                stop(process, polite)
                return PANICKED
    # The simulator has closed the serial port; give it until the deadline
    # to exit, as it may still be writing disks.
    try:
        process.wait(_seconds_left(deadline))
    except subprocess.TimeoutExpired:
        stop(process, polite)
        return TIMED_OUT
    return EXITED


def _seconds_left(deadline):
    return None if deadline is None else max(0.0, deadline - time.monotonic())
