"""Unit tests of how the runner relays a simulator's serial output and
stops it: at its end, at the time limit, or after a panic's call stack.
Small Python programs stand in for the simulator."""

import io
import os
import subprocess
import sys
import unittest

import _kit
import supervisor

PANIC = (b"(t) begin\n"
         b"KERNEL PANIC at t.c:1 in f(): boom\n"
         b"Call stack: 0xc0020000 0xc0020010\n")


def fake_simulator(prints, then_hang):
    """A process that writes PRINTS and exits, or hangs if THEN_HANG."""
    return ("import sys, time\n"
            f"sys.stdout.buffer.write({prints!r})\n"
            "sys.stdout.flush()\n"
            + ("time.sleep(1000)\n" if then_hang else ""))


def relay(program, **options):
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen([sys.executable, "-c", program],
                               stdout=write_fd)
    os.close(write_fd)
    out = io.BytesIO()
    try:
        ending = supervisor.relay(process, read_fd, out, **options)
    finally:
        os.close(read_fd)
    return ending, out.getvalue(), process


class Relay(unittest.TestCase):
    def test_everything_is_relayed_until_the_end(self):
        text = b"line one\nline two\nno newline at the end"
        ending, output, _ = relay(fake_simulator(text, then_hang=False))
        self.assertEqual((ending, output), (supervisor.EXITED, text))

    def test_time_limit(self):
        ending, output, process = relay(
            fake_simulator(b"waiting...\n", then_hang=True), time_limit=1)
        self.assertEqual((ending, output), (supervisor.TIMED_OUT,
                                            b"waiting...\n"))
        self.assertIsNotNone(process.poll())

    def test_stop_after_panic_cuts_after_the_call_stack(self):
        ending, output, process = relay(
            fake_simulator(PANIC + b"more junk\n", then_hang=True),
            stop_after_panic=True, time_limit=60)
        self.assertEqual((ending, output), (supervisor.PANICKED, PANIC))
        self.assertIsNotNone(process.poll())

    def test_without_k_a_panic_runs_on(self):
        ending, output, _ = relay(
            fake_simulator(PANIC + b"more\n", then_hang=False))
        self.assertEqual((ending, output), (supervisor.EXITED,
                                            PANIC + b"more\n"))


class PanicWatcher(unittest.TestCase):
    def test_lines_split_across_reads(self):
        watcher = supervisor.PanicWatcher()
        self.assertIsNone(watcher.cut(b"Call stack: 0x1\nKERNEL PA"))
        self.assertIsNone(watcher.cut(b"NIC at x\nCall st"))
        self.assertEqual(watcher.cut(b"ack: 0x2\nafter"), len(b"ack: 0x2\n"))

    def test_call_stack_without_panic_is_ignored(self):
        watcher = supervisor.PanicWatcher()
        self.assertIsNone(watcher.cut(b"Call stack: 0x1\n"))


_kit.run_unittests(Relay, PanicWatcher)
