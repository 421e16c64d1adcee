"""src/utils/skeleton on a small made-up repository: what it strips, keeps
and leaves out, the archive, and each way it refuses to work.

The repository is a temporary git work tree holding a copy of the tool and
a few files written here, so every case is small and the real tree is never
written.
"""

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest

import _kit

MAKE_CONFIG = ("CC = gcc -m32\n"
               "SOLUTION_DEFINES = -DSOLUTION_THREADS -DSOLUTION_USERPROG "
               "-DSOLUTION_VM\n")

TIMER_C = """\
/* A timer. */
#include "devices/timer.h"
#ifdef SOLUTION_THREADS
#include "threads/fixed-point.h"
#endif

int timer_sleep (int ticks)
{
#ifdef SOLUTION_THREADS
  return fp_round (ticks);
#else
  /* TODO (threads): sleep. */
  return ticks;
#endif
}

#ifdef SOLUTION_USERPROG
int timer_user (void) { return 1; }
#endif

#ifdef SOLUTION_VM
int timer_vm (void) { return 2; }
#endif
"""

# The threads skeleton: userprog and vm come after threads, so their
# solutions go too.
TIMER_C_THREADS_STRIPPED = """\
/* A timer. */
#include "devices/timer.h"

int timer_sleep (int ticks)
{
  /* TODO (threads): sleep. */
  return ticks;
}


"""

# The userprog skeleton with threads kept solved.
TIMER_C_USERPROG_STRIPPED = TIMER_C.split("#ifdef SOLUTION_USERPROG")[0] + "\n"

# A whole file of solution, with its top comment outside the marker.
FIXED_POINT_H = """\
/* Fixed-point numbers. */
#ifndef THREADS_FIXED_POINT_H
#define THREADS_FIXED_POINT_H
#ifdef SOLUTION_THREADS
int fp_round (int);
#endif
#endif /* threads/fixed-point.h */
"""

FILES = {
    "src/Make.config": MAKE_CONFIG,
    "src/devices/timer.c": TIMER_C,
    "src/devices/timer.h": "/* No markers here. */\nint timer_sleep (int);\n",
    "src/threads/fixed-point.h": FIXED_POINT_H,
    "src/tests/threads/notes.txt": "#ifdef SOLUTION_THREADS stays in text\n",
    "src/tests/kit/skeleton-threads.py": "# instructor only\n",
}


class SkeletonTool(unittest.TestCase):

    def setUp(self):
        self.root = tempfile.mkdtemp(prefix="skiff-skeleton-tool-")
        self.repo = os.path.join(self.root, "repo")
        self.out = os.path.join(self.root, "out")
        utils = os.path.join(self.repo, "src", "utils")
        os.makedirs(utils)
        for name in ("skeleton", "errors.py", "phases.py"):
            shutil.copy2(os.path.join(_kit.UTILS, name), utils)
        for name, text in FILES.items():
            self.write(name, text)
        self.git("init", "-q")
        self.git("add", ".")

    def tearDown(self):
        shutil.rmtree(self.root)

    def write(self, name, text):
        path = os.path.join(self.repo, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    def git(self, *words):
        subprocess.run(["git", "-C", self.repo, *words], check=True)

    def skeleton(self, *phases, path=None):
        env = dict(os.environ, PATH=path or os.environ["PATH"])
        result = subprocess.run(
            [sys.executable, os.path.join(self.repo, "src/utils/skeleton"),
             "--out", self.out, *phases], env=env, stdin=subprocess.DEVNULL,
            capture_output=True, text=True)
        return result.returncode, result.stdout + result.stderr

    def student(self, name):
        with open(os.path.join(self.out, "skiff", name)) as f:
            return f.read()

    def exists(self, name):
        return os.path.lexists(os.path.join(self.out, "skiff", name))

    def test_strips_the_named_phase_and_every_later_one(self):
        status, output = self.skeleton("threads")
        self.assertEqual(status, 0, output)
        self.assertEqual(self.student("src/devices/timer.c"),
                         TIMER_C_THREADS_STRIPPED)
        self.assertEqual(self.student("src/Make.config"),
                         "CC = gcc -m32\nSOLUTION_DEFINES =\n")
        self.assertNotIn("note:", output)

    def test_keeps_an_earlier_phase_solved_only_when_told(self):
        status, output = self.skeleton("userprog")
        self.assertEqual(status, 2, output)
        self.assertIn("userprog builds on threads", output)
        self.assertIn('SOLVED="threads"', output)
        status, output = self.skeleton("--solved", "threads", "userprog")
        self.assertEqual(status, 0, output)
        self.assertEqual(self.student("src/devices/timer.c"),
                         TIMER_C_USERPROG_STRIPPED)
        self.assertEqual(self.student("src/Make.config"),
                         "CC = gcc -m32\n"
                         "SOLUTION_DEFINES = -DSOLUTION_THREADS\n")
        self.assertTrue(os.path.isfile(os.path.join(
            self.out, "skiff-userprog.tar.gz")))

    def test_refuses_to_keep_a_later_phase_solved(self):
        status, output = self.skeleton("--solved", "vm", "threads")
        self.assertEqual(status, 2, output)
        self.assertIn("vm cannot stay solved", output)

    def test_a_phase_without_a_switch_yet_is_no_problem(self):
        self.write("src/Make.config", "SOLUTION_DEFINES = -DSOLUTION_THREADS\n")
        status, output = self.skeleton("threads")
        self.assertEqual(status, 0, output)
        self.assertNotIn("note:", output)
        status, output = self.skeleton("--solved", "threads", "userprog")
        self.assertEqual(status, 0, output)
        self.assertIn("does not switch on SOLUTION_USERPROG", output)

    def test_copies_unmarked_and_non_source_files_as_they_are(self):
        os.chmod(os.path.join(self.repo, "src/utils/skeleton"), 0o755)
        self.write("untracked.c", "int x;\n")
        status, output = self.skeleton("threads", "userprog")
        self.assertEqual(status, 0, output)
        for name in ("src/devices/timer.h", "src/tests/threads/notes.txt"):
            self.assertEqual(self.student(name), FILES[name])
        self.assertTrue(os.access(os.path.join(
            self.out, "skiff/src/utils/skeleton"), os.X_OK))
        self.assertFalse(self.exists("untracked.c"))

    def test_leaves_out_solution_only_and_instructor_only_files(self):
        status, output = self.skeleton("threads")
        self.assertEqual(status, 0, output)
        self.assertIn("left out src/threads/fixed-point.h", output)
        self.assertFalse(self.exists("src/threads/fixed-point.h"))
        self.assertFalse(self.exists("src/tests/kit/skeleton-threads.py"))

    def test_refuses_to_keep_an_include_of_a_left_out_file(self):
        self.write("src/devices/timer.c",
                   '#include "threads/fixed-point.h"\n' + TIMER_C)
        status, output = self.skeleton("threads")
        self.assertEqual(status, 2, output)
        self.assertIn("src/devices/timer.c:1 includes "
                      "src/threads/fixed-point.h", output)

    def test_archive_holds_the_tree_and_is_named_after_the_first_phase(self):
        status, output = self.skeleton("userprog", "threads")
        self.assertEqual(status, 0, output)
        archive = os.path.join(self.out, "skiff-threads.tar.gz")
        with tarfile.open(archive) as tar:
            data = tar.extractfile("skiff/src/devices/timer.c").read()
            self.assertTrue(all(m.uid == 0 for m in tar.getmembers()))
        self.assertEqual(data.decode(), self.student("src/devices/timer.c"))

    def test_refuses_unknown_phases(self):
        status, output = self.skeleton("threads", "paging")
        self.assertEqual(status, 2, output)
        self.assertIn("unknown phase 'paging'", output)
        self.assertIn("threads, userprog, vm, filesys, ipwis", output)
        self.assertFalse(os.path.exists(self.out))

    def test_reports_unreadable_markers_and_keeps_the_last_tree(self):
        self.assertEqual(self.skeleton("threads")[0], 0)
        self.write("src/devices/broken.h", "#ifdef SOLUTION_THREADS\nint x;\n")
        self.git("add", ".")
        status, output = self.skeleton("threads")
        self.assertEqual(status, 2, output)
        self.assertIn("unifdef could not strip src/devices/broken.h", output)
        self.assertIn("Premature EOF", output)
        self.assertEqual(self.student("src/devices/timer.c"),
                         TIMER_C_THREADS_STRIPPED)

    def test_refuses_to_overwrite_what_is_not_a_skeleton(self):
        os.makedirs(os.path.join(self.out, "skiff"))
        status, output = self.skeleton("threads")
        self.assertEqual(status, 2, output)
        self.assertIn("is not a Skiff tree", output)

    def test_names_the_package_when_unifdef_is_missing(self):
        bin_dir = os.path.join(self.root, "bin")
        os.mkdir(bin_dir)
        os.symlink(shutil.which("git"), os.path.join(bin_dir, "git"))
        status, output = self.skeleton("threads", path=bin_dir)
        self.assertEqual(status, 2, output)
        self.assertIn("apt-get install -y unifdef", output)


_kit.run_unittests(SkeletonTool)
