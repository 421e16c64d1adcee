"""A kernel cannot pass a user-program test by printing a recorded output.

First the harness's checks of the proofs (src/utils/proof.py) on made-up
lines; then, end to end, a userprog test run by the harness passes, and
fails when the "kernel" replays the output of that passing run, word for
word or with its command line updated to the new run's.  The replaying
kernel is a stand-in for skiff that prints the recording, whatever the
command line says.
"""

import os
import re
import tempfile
import unittest

import _kit
import proof
import skiffcheck
import suites

USERPROG = os.path.join(_kit.SRC, "userprog")
TEST_DIR = "tests/userprog"
# A test with arguments, a process of its own name and an exit status.
TEST = "args-one"
NONCE = "0badc0de"


def proofs(who, *events, nonce=NONCE):
    return [f"({who}) proof {event}: {proof.value(nonce, who, event)}"
            for event in events]


class Checks(unittest.TestCase):
    def test_value_matches_the_programs_hash(self):
        # What tests/userprog/lib/proof.c printed for this nonce and event.
        self.assertEqual(proof.value("1a2b3c4d", "args", "start"), "ec584806")
        self.assertEqual(proof.value("1a2b3c4d", "args", "exit(0)"),
                         "9cb7221d")

    def test_honest_run_passes_and_loses_its_proofs(self):
        lines = (proofs("t", "start") + ["(t) begin", "(t) end"]
                 + proofs("t", "exit(0)") + ["t: exit(0)"])
        self.assertEqual(proof.check(lines, NONCE, "t"),
                         (["(t) begin", "(t) end", "t: exit(0)"], []))

    def test_killed_program_needs_no_exit_proof(self):
        lines = proofs("t", "start") + ["(t) begin", "t: exit(-1)"]
        self.assertEqual(proof.check(lines, NONCE, "t")[1], [])

    def test_another_runs_proofs_fail(self):
        lines = proofs("t", "start", nonce="12345678") + ["t: exit(-1)"]
        _, reasons = proof.check(lines, NONCE, "t")
        self.assertRegex(reasons[0], "is not the proof of this run")

    def test_missing_start_fails(self):
        _, reasons = proof.check(["(t) begin", "t: exit(-1)"], NONCE, "t")
        self.assertRegex(reasons[0], "no proof of its start.*nonce=0badc0de")

    def test_exit_status_the_program_did_not_prove_fails(self):
        lines = proofs("t", "start", "exit(1)") + ["t: exit(0)"]
        _, reasons = proof.check(lines, NONCE, "t")
        self.assertRegex(reasons[0], r"no proof of exit\(0\)")

    def test_two_starts_fail(self):
        lines = proofs("t", "start") * 2 + ["t: exit(-1)"]
        self.assertRegex(proof.check(lines, NONCE, "t")[1][0], "more than one")


REPLAYER = """\
import sys
sys.stdout.write({recording!r}{rewrite})
"""
# The smarter replayer puts the new run's command line into the markers.
REWRITE = """.replace({old!r}, [w for w in sys.argv if w.startswith({name!r})][0])"""


def run_test(skiff=None):
    """The result of the harness's run of TEST under SKIFF (the real runner
    by default), leaving no files behind."""
    test = suites.PhaseTest(USERPROG, TEST_DIR, TEST, user_programs=True)
    test.save = lambda output, reasons: None
    real = suites.SKIFF
    suites.SKIFF = skiff or real
    try:
        return test.run()[0]
    finally:
        suites.SKIFF = real


def recorded_run():
    """The output of a passing run of TEST and its command line's program
    words, recorded as the harness ran it."""
    test = suites.PhaseTest(USERPROG, TEST_DIR, TEST, user_programs=True)
    declaration = skiffcheck.load(
        os.path.join(_kit.SRC, TEST_DIR, TEST + ".ck"), TEST)
    nonce = test.nonce(declaration)
    words = test.command(declaration, nonce)
    status, output = _kit.skiff(*words, cwd=USERPROG)
    _kit.expect(status == 0, f"{TEST} did not run", output)
    return output, words[-1]


def replayer(directory, recording, program, rewrite):
    path = os.path.join(directory, f"replay-{rewrite}.py")
    text = REPLAYER.format(recording=recording, rewrite=REWRITE.format(
        old=program, name=TEST) if rewrite else "")
    with open(path, "w") as f:
        f.write(text)
    return path


def end_to_end():
    _kit.build_phase(USERPROG)
    honest = run_test()
    _kit.expect(honest.passed, f"{TEST} fails on the reference kernel:\n" +
                "\n".join(honest.reasons))
    recording, program = recorded_run()
    _kit.expect(re.search(r"\(args\) proof exit\(0\): [0-9a-f]{8}",
                          recording), "the run printed no proof of its exit",
                recording)
    with tempfile.TemporaryDirectory() as directory:
        for rewrite in (False, True):
            replayed = run_test(replayer(directory, recording, program,
                                         rewrite))
            _kit.expect(not replayed.passed and any(
                "is not the proof of this run" in reason
                for reason in replayed.reasons),
                f"a replayed output (command line rewritten: {rewrite}) was "
                f"not caught; the verdict was:\n" + "\n".join(
                    replayed.reasons or ["PASS"]))


def main():
    _kit.unittests(Checks)
    end_to_end()


_kit.run_test(main)
