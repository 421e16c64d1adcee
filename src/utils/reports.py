"""What skiff-check prints and writes: result lines, the final count, grade
reports, and Gradescope's results.json.

Nothing here depends on the clock or on the order in which tests finished,
so the same results always give the same report.
"""

import json
import os

# Gradescope shows each test's output on the student's page: a test that
# printed pages of it is cut to this many characters.
OUTPUT_LIMIT = 4000


def result_lines(result):
    """`pass NAME`, or `FAIL NAME` followed by the indented reasons."""
    if result.passed:
        return [f"pass {result.name}"]
    return [f"FAIL {result.name}"] + [f"  {reason}" for reason in
                                      result.reasons]


def failed_lines(results):
    """The failed tests' names again, for the end of a long run where their
    reasons scrolled away; [] when none failed."""
    failed = [result.name for result in results if not result.passed]
    if not failed:
        return []
    return ["These tests failed:"] + [f"  {name}" for name in failed]


def summary_line(results):
    passed = sum(1 for result in results if result.passed)
    return f"{passed} passed, {len(results) - passed} failed"


def grade_lines(suite_name, source, grade, names):
    """A readable grade report of one suite; SOURCE says where its rubric
    came from and NAMES are all the suite's tests."""
    lines = [f"Grade for {suite_name} ({source}):"]
    for category in grade.categories:
        points = f"{grade.earned_points(category):g}/{category.points:g} points"
        lines.append(f"  {category.title:<32} {points:>16} "
                     f"{grade.category_score(category):8.2f} of "
                     f"{category.weight:g}")
    percent = 100 * grade.score / grade.max_score if grade.max_score else 0
    lines.append(f"  {'Total':<32} {'':>16} {grade.score:8.2f} of "
                 f"{grade.max_score:g} ({percent:.1f}%)")
    ungraded = sorted(set(names) - grade.graded_names())
    if ungraded:
        lines.append(f"  not in the rubric, so not graded: "
                     f"{', '.join(ungraded)}")
    return lines


def capped(text, limit=OUTPUT_LIMIT):
    """TEXT, cut to its first LIMIT characters with a note saying so."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[... {len(text) - limit} more characters cut]"


def gradescope(grades, results):
    """Gradescope's results.json contents for GRADES (one per suite) and
    RESULTS (a dict from test name to Result)."""
    tests = []
    for grade in grades:
        for category in grade.categories:
            for name, points in category.tests:
                result = results.get(name)
                passed = result is not None and result.passed
                worth = grade.test_max_score(category, points)
                tests.append({
                    "name": name,
                    "score": round(worth if passed else 0, 4),
                    "max_score": round(worth, 4),
                    "status": "passed" if passed else "failed",
                    "output": capped("\n".join(result.reasons)) if result
                    else "this test was not run",
                })
    return {
        "score": round(sum(grade.score for grade in grades), 4),
        "max_score": round(sum(grade.max_score for grade in grades), 4),
        "tests": tests,
    }


def write_file(path, text):
    """Writes TEXT to PATH, making its directory first: the top-level `make
    grade` asks for build/results.json before anything made build/."""
    directory = os.path.dirname(path)
    if directory:
        os.makedirs(directory, exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def write_json(path, data):
    write_file(path, json.dumps(data, indent=2) + "\n")
