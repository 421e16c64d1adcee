"""Unit tests of grading: reading a Rubric, scoring results, the text grade
report and Gradescope's results.json; and of reading the host suite's
`pass lib/NAME` / `FAIL lib/NAME: reason` lines."""

import os
import tempfile
import unittest

import _kit
import reports
import rubric
import suites
from errors import ToolError

RUBRIC = """\
# A comment, then a blank line.

Alarm clock: 20
    1  alarm-single
    3  alarm-multiple

Priority: 80
    2  threads/priority-change
"""
NAMES = ["tests/threads/alarm-single", "tests/threads/alarm-multiple",
         "tests/threads/priority-change", "tests/threads/extra"]


def parse(text):
    with tempfile.NamedTemporaryFile("w", suffix="Rubric",
                                     delete=False) as f:
        f.write(text)
    try:
        return rubric.parse(f.name)
    finally:
        os.unlink(f.name)


def result(name, passed):
    return suites.Result(name, [] if passed else ["it broke"])


class Rubrics(unittest.TestCase):
    def categories(self):
        return rubric.resolve(parse(RUBRIC), NAMES, "Rubric")

    def test_parse_and_resolve(self):
        alarm, priority = self.categories()
        self.assertEqual((alarm.title, alarm.weight, alarm.points),
                         ("Alarm clock", 20, 4))
        self.assertEqual(priority.tests,
                         [("tests/threads/priority-change", 2)])

    def test_grade(self):
        grade = rubric.Grade(self.categories(), {
            "tests/threads/alarm-multiple", "tests/threads/priority-change"})
        self.assertEqual(grade.score, 20 * 3 / 4 + 80)
        self.assertEqual(grade.max_score, 100)

    def test_mistakes(self):
        for text, problem in [("    1 orphan-test\n", ":1:"),
                              ("Empty: 10\n", "no points"),
                              ("Cat: ten\n    1 a\n", ":1:")]:
            with self.assertRaisesRegex(ToolError, problem):
                parse(text)
        with self.assertRaisesRegex(ToolError, "no test is named 'nope'"):
            rubric.resolve(parse("C: 1\n  1 nope\n"), NAMES, "Rubric")
        with self.assertRaisesRegex(ToolError, "more than one"):
            rubric.resolve(parse("C: 1\n  1 same\n"),
                           ["tests/a/same", "tests/b/same"], "Rubric")


class Reports(unittest.TestCase):
    def setUp(self):
        self.grade = rubric.Grade(rubric.resolve(parse(RUBRIC), NAMES, "R"),
                                  {"tests/threads/alarm-single"})

    def test_text(self):
        lines = reports.grade_lines("threads", "Rubric", self.grade, NAMES)
        self.assertEqual(lines[0], "Grade for threads (Rubric):")
        self.assertRegex(lines[1], r"Alarm clock +1/4 points +5\.00 of 20$")
        self.assertRegex(lines[3], r"Total +5\.00 of 100 \(5\.0%\)$")
        self.assertEqual(lines[4], "  not in the rubric, so not graded: "
                                   "tests/threads/extra")

    def test_gradescope(self):
        results = {name: result(name, name.endswith("single"))
                   for name in NAMES}
        data = reports.gradescope([self.grade], results)
        self.assertEqual((data["score"], data["max_score"]), (5, 100))
        first, second = data["tests"][:2]
        self.assertEqual(first, {"name": "tests/threads/alarm-single",
                                 "score": 5, "max_score": 5,
                                 "status": "passed", "output": ""})
        self.assertEqual((second["score"], second["max_score"],
                          second["status"], second["output"]),
                         (0, 15, "failed", "it broke"))

    def test_summary(self):
        self.assertEqual(reports.summary_line(
            [result("a", True), result("b", False), result("c", False)]),
            "1 passed, 2 failed")

    def test_one_point_each(self):
        grade = rubric.Grade(rubric.one_point_each(["a", "b"]), {"a"})
        self.assertEqual((grade.score, grade.max_score), (1, 2))


class HostLines(unittest.TestCase):
    def test_parse(self):
        text = ("cc -o x x.c\npass lib/string\nFAIL lib/printf: %d of "
                "INT_MIN\n    expected -2147483648\npass lib/list\n")
        results = suites.HostTests.parse(text, 2)
        self.assertEqual([(r.name, r.reasons) for r in results], [
            ("lib/list", []),
            ("lib/printf", ["%d of INT_MIN", "expected -2147483648"]),
            ("lib/string", [])])

    def test_make_failing_without_results(self):
        results = suites.HostTests.parse("x.c:1: error: oops\n", 2)
        self.assertEqual(results[0].name, "host")
        self.assertIn("x.c:1: error: oops", results[0].reasons)


_kit.run_unittests(Rubrics, Reports, HostLines)
