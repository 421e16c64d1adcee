"""Unit tests of .ck declarations (skiffcheck) and of how the harness judges
a test's output against them (verdict), on made-up outputs."""

import os
import tempfile
import unittest

import _kit
import skiffcheck
import suites
import verdict

NO_KERNEL = "/nonexistent/kernel.o"


def output(*body, finished=True, name="t"):
    lines = ["Skiff booting with 3968 kB RAM...", "Boot complete.",
             f"Executing '{name}':"] + list(body)
    if finished:
        lines += [f"Execution of '{name}' complete.", "Powering off..."]
    return "\n".join(lines) + "\n"


class CkFile(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.directory.cleanup()

    def load(self, text, name="t"):
        path = os.path.join(self.directory.name, name + ".ck")
        with open(path, "w") as f:
            f.write("from skiffcheck import *\n" + text)
        return skiffcheck.load(path, name)

    def judge(self, text, out):
        return verdict.judge(self.load(text), out, NO_KERNEL)


class Declarations(CkFile):
    def test_defaults(self):
        d = self.load("expect('(t) begin')")
        self.assertEqual(d.alternatives, [["(t) begin"]])
        self.assertEqual((d.timeout, d.options, d.kernel_args),
                         (skiffcheck.DEFAULT_TIMEOUT, [], None))

    def test_leading_and_trailing_newline_are_not_output(self):
        d = self.load("expect('''\n(t) a\n\n(t) b\n''')")
        self.assertEqual(d.alternatives, [["(t) a", "", "(t) b"]])
        self.assertEqual(self.load("expect('')").alternatives, [[]])

    def test_how_to_run(self):
        d = self.load("expect('')\noptions('-mlfqs')\nrun_args('a', 'b')\n"
                      "runner_args('--swap-size=4')\ntimeout(5)\n"
                      "assert test_name() == 't'\n")
        test = suites.PhaseTest("/phase", "tests/threads", "t", False)
        self.assertEqual(test.command(d), [
            "-k", "-T", "5", "--swap-size=4", "--",
            "-q", "-mlfqs", "run", "t a b"])

    def test_user_program_default(self):
        d = self.load("expect('')")
        test = suites.PhaseTest("/phase", "tests/userprog", "echo", True)
        self.assertEqual(test.command(d), [
            "-k", "-T", "60", "--filesys-size=2",
            "-p", "build/tests/userprog/echo:echo", "--",
            "-q", "-f", "extract", "run", "echo"])

    def test_kernel_args_replace_the_command_line(self):
        d = self.load("expect('')\nkernel_args('-q', 'ls')")
        test = suites.PhaseTest("/phase", "tests/userprog", "t", True)
        self.assertEqual(test.command(d)[-3:], ["--", "-q", "ls"])

    def test_missing_extra_file(self):
        d = self.load("expect('')\nfiles('no-such-file')")
        test = suites.PhaseTest("/phase", "tests/threads", "t", False)
        with self.assertRaisesRegex(skiffcheck.DeclarationError,
                                    "no-such-file"):
            test.command(d)

    def test_mistakes(self):
        with self.assertRaisesRegex(skiffcheck.DeclarationError,
                                    "no expectation"):
            self.load("timeout(3)")
        with self.assertRaisesRegex(skiffcheck.DeclarationError, "twice"):
            self.load("expect('a')\nexpect('b')")
        with self.assertRaises(skiffcheck.DeclarationError):
            skiffcheck.expect("outside a .ck file")
        with self.assertRaisesRegex(skiffcheck.DeclarationError,
                                    "not a regular expression"):
            self.load("expect_panic('(')")


class Judging(CkFile):
    def test_exact_match_passes(self):
        self.assertEqual(self.judge("expect('(t) a\\n(t) b')",
                                    output("(t) a", "(t) b")), [])

    def test_difference_is_a_diff(self):
        reasons = self.judge("expect('(t) a\\n(t) b')", output("(t) a"))
        self.assertEqual(reasons[0], "the output differs from what was "
                                     "expected:")
        self.assertIn("-(t) b", reasons)

    def test_alternatives(self):
        ck = "expect_any('(t) a\\n(t) b', '(t) b\\n(t) a')"
        self.assertEqual(self.judge(ck, output("(t) b", "(t) a")), [])
        reasons = self.judge(ck, output("(t) b", "(t) c"))
        self.assertIn("none of the 2 acceptable outputs", reasons[0])

    def test_custom_check(self):
        ck = ("@check\ndef count(lines):\n"
              "    if len(lines) != 2:\n        fail(f'got {len(lines)}')\n")
        self.assertEqual(self.judge(ck, output("x", "y")), [])
        self.assertEqual(self.judge(ck, output("x")), ["got 1"])

    def test_broken_check_is_reported(self):
        reasons = self.judge("@check\ndef oops(lines):\n    1/0\n", output())
        self.assertIn("the check oops() itself failed: ZeroDivisionError",
                      reasons[0])

    def test_expect_close(self):
        ck = ("@check\ndef curve(lines):\n"
              "    expect_close('load', [int(l) for l in lines], "
              "[10, 20, 30], 2)\n")
        self.assertEqual(self.judge(ck, output("9", "21", "30")), [])
        reasons = self.judge(ck, output("9", "25", "30"))
        self.assertIn("off by more than 2", reasons[0])
        self.assertTrue(any(r.endswith("25 *") for r in reasons))

    def test_panic(self):
        out = output("(t) begin", finished=False) + (
            "KERNEL PANIC at t.c:3 in f(): boom\nCall stack: 0xc0020000\n")
        reasons = self.judge("expect('')", out)
        self.assertEqual(reasons[0], "the kernel panicked:")
        self.assertIn("KERNEL PANIC at t.c:3 in f(): boom", reasons[1])

    def test_timeout(self):
        out = output("(t) begin", finished=False) + "TIMEOUT after 60 seconds\n"
        reasons = self.judge("expect('')", out)
        self.assertEqual(reasons[0], "timeout after 60 s")
        self.assertEqual(reasons[-1], "  (t) begin")

    def test_expected_panic(self):
        panicked = output("(t) begin", "(t) going down", finished=False) + (
            "KERNEL PANIC at t.c:3 in f(): stack overflow in t\n"
            "Call stack: 0xc0020000\n")
        self.assertEqual(self.judge("expect_panic('stack overflow')",
                                    panicked), [])
        self.assertEqual(self.judge("expect_panic('overflow')\n"
                                    "expect('(t) begin\\n(t) going down')",
                                    panicked), [])
        self.assertIn("-(t) other", self.judge(
            "expect_panic('overflow')\nexpect('(t) begin\\n(t) other')",
            panicked))
        self.assertIn("but not as expected", self.judge(
            "expect_panic('^overflow')", panicked)[0])
        self.assertIn("cannot be decoded", self.judge(
            "expect_panic('overflow', call_stack=['f'])", panicked)[0])
        self.assertIn("it did not panic", self.judge(
            "expect_panic('overflow')", output("(t) begin"))[0])

    def deadlocked(self):
        return output("(t) begin", finished=False) + (
            "DEADLOCK: every thread is blocked, waiting for another; none "
            "can ever run again:\n"
            "  thread 1 'main' waits on semaphore 0xc0001000 (value 0)\n"
            "   Call stack: 0xc0020000\n"
            "  thread 3 'a' waits for lock 0xc0001040, held by thread 1 "
            "'main'\n"
            "   Call stack: 0xc0020000\n")

    def test_deadlock(self):
        reasons = self.judge("expect('(t) begin')", self.deadlocked())
        self.assertTrue(reasons[0].startswith("the kernel found a deadlock"))
        self.assertEqual(reasons[1], "  thread 1 'main' waits on semaphore "
                                     "0xc0001000 (value 0)")
        self.assertIn("call stack not decoded", reasons[2])
        self.assertIn("held by thread 1 'main'", reasons[3])

    def test_expected_deadlock(self):
        main = r"^thread 1 'main' waits on semaphore 0x\w+ \(value 0\)$"
        lock = r"^thread 3 'a' waits for lock 0x\w+, held by thread 1 'main'$"
        self.assertEqual(self.judge(
            f"expect('(t) begin')\nexpect_deadlock(r\"{main}\", r\"{lock}\")",
            self.deadlocked()), [])
        self.assertIn("not the one expected", self.judge(
            f"expect_deadlock(r\"{main}\")", self.deadlocked())[0])
        self.assertIn("should have reported a deadlock", self.judge(
            f"expect_deadlock(r\"{main}\")", output("(t) begin"))[0])

    def test_halt(self):
        halted = output("(t) begin", finished=False) + (
            "Timer: 40 ticks\nPowering off...\n")
        ck = "expect_halt()\nexpect('(t) begin')"
        self.assertEqual(self.judge(ck, halted), [])
        ran_on = self.judge(ck, output("(t) begin"))
        self.assertIn("but it ran to its end", ran_on[0])
        self.assertNotIn("Powering off", ran_on[0])
        stuck = self.judge(ck, output("(t) begin", finished=False))
        self.assertIn("does not end with `Powering off...`", stuck[0])

    def test_call_stack_order(self):
        functions = ["debug_panic", "inner", "outer", "main"]
        self.assertTrue(verdict.follows_calls(functions, ["inner", "outer"]))
        self.assertFalse(verdict.follows_calls(functions, ["outer", "inner"]))
        self.assertFalse(verdict.follows_calls(functions, ["inner", "main"]))

    def test_markers(self):
        self.assertIn("never started",
                      self.judge("expect('')", "Boot complete.\n")[0])
        self.assertIn("did not finish",
                      self.judge("expect('')", output(finished=False))[0])

    def test_run_with_arguments_has_its_own_markers(self):
        out = output("hi", name="echo hi")
        self.assertEqual(self.judge("expect('hi')", out), [])


_kit.run_unittests(Declarations, Judging)
