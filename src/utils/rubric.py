"""Rubrics: how a phase's test results add up to a grade.

A phase's rubric is the text file src/tests/PHASE/Rubric:

    # Comments and blank lines are ignored.
    Alarm clock: 20
        1  alarm-single
        2  alarm-multiple

A line at the left margin names a category and its weight, the share of
the grade it is worth.  The indented lines below it give each test's
points within the category (a test is named as in its .ck file, or as
DIR/NAME when two test directories share a name).  A category earns its
weight times the fraction of its points whose tests passed; the grade is
the sum over categories, out of the sum of the weights.
"""

import re

from errors import ToolError

CATEGORY = re.compile(r"^(\S.*?)\s*:\s*([0-9.]+)$")
TEST = re.compile(r"^\s+([0-9.]+)\s+(\S+)$")


class Category:
    def __init__(self, title, weight):
        self.title = title
        self.weight = weight
        self.tests = []           # (test name, points)

    @property
    def points(self):
        return sum(points for _, points in self.tests)


def parse(path):
    """The categories of the Rubric file at PATH."""
    categories = []
    with open(path) as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip()
            if not line or line.lstrip().startswith("#"):
                continue
            category, test = CATEGORY.match(line), TEST.match(line)
            if category:
                categories.append(Category(category.group(1),
                                           float(category.group(2))))
            elif test and categories:
                categories[-1].tests.append((test.group(2),
                                             float(test.group(1))))
            else:
                raise ToolError(f"{path}:{number}: expected `TITLE: WEIGHT` "
                                f"or an indented `POINTS TEST` line")
    for category in categories:
        if category.points <= 0:
            raise ToolError(f"{path}: category '{category.title}' has no "
                            f"points")
    return categories


def one_point_each(names):
    """The rubric of a suite without a Rubric file: every test one point."""
    category = Category("All tests", len(names))
    category.tests = [(name, 1.0) for name in names]
    return [category]


def resolve(categories, names, path):
    """Replaces the test names of CATEGORIES by the full result names among
    NAMES they stand for (`alarm-single` for `tests/threads/alarm-single`)."""
    for category in categories:
        resolved = []
        for short, points in category.tests:
            matches = [name for name in names
                       if name == short or name.endswith("/" + short)]
            if len(matches) != 1:
                problem = "no test" if not matches else "more than one test"
                raise ToolError(f"{path}: {problem} is named '{short}'")
            resolved.append((matches[0], points))
        category.tests = resolved
    return categories


class Grade:
    """The score of each category and test, given which tests passed."""

    def __init__(self, categories, passed):
        self.categories = categories
        self.passed = passed      # set of names of the tests that passed

    def earned_points(self, category):
        return sum(points for name, points in category.tests
                   if name in self.passed)

    def category_score(self, category):
        return category.weight * self.earned_points(category) / category.points

    def test_max_score(self, category, points):
        """What one test is worth in the final grade."""
        return category.weight * points / category.points

    @property
    def score(self):
        return sum(self.category_score(c) for c in self.categories)

    @property
    def max_score(self):
        return sum(c.weight for c in self.categories)

    def graded_names(self):
        return {name for c in self.categories for name, _ in c.tests}
