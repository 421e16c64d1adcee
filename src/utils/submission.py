"""Which files of a student's submission the autograder takes, and where
they go in the kit.

A phase's Make.vars names the files its students may change, as patterns
of paths below src/ in which `*` stays within one directory:

    SUBMISSION = threads/*.c threads/*.h devices/timer.c threads/DESIGN.md

A submission is a directory holding what the student uploaded, in any of
these shapes:
  - the whole tree, or its src/ directory: the directory holding
    Make.config is src/, and every other file is found from there;
  - the phase's directories (threads/thread.c, devices/timer.c): paths are
    taken below src/;
  - loose files at the top (thread.c, timer.c): a file goes where exactly
    one pattern can put a file of its name.
Everything else is ignored, and said so: the kit's tests and tools stay the
kit's own.
"""

import filecmp
import fnmatch
import glob
import os
import shutil

# At most this many ignored files are named; the rest are counted.
NAMED_IGNORED = 20


class Placement:
    """What was taken from a submission and what was left."""

    def __init__(self, patterns):
        self.patterns = patterns
        self.taken = []         # paths below src/ the submission filled
        self.ignored = []       # paths in the submission, not taken
        self.unchanged = 0      # ignored files the same as the kit's

    def report(self):
        """Lines telling the student what was used."""
        lines = [f"Files you may hand in: {' '.join(self.patterns)}"]
        if self.taken:
            lines.append(f"Used {len(self.taken)} of your files: "
                         f"{' '.join(self.taken)}")
        else:
            lines.append("None of your files is one of those: the kit's "
                         "starter code was graded.")
        if self.ignored:
            shown = self.ignored[:NAMED_IGNORED]
            more = len(self.ignored) - len(shown)
            lines.append("Ignored, because they are not yours to change: "
                         + " ".join(shown)
                         + (f" (and {more} more)" if more else ""))
        if self.unchanged:
            lines.append(f"Also ignored: {self.unchanged} files identical "
                         f"to the kit's own.")
        return lines


def matches(path, pattern):
    """Whether PATH (below src/) is one PATTERN allows."""
    return (path.count("/") == pattern.count("/")
            and fnmatch.fnmatchcase(path, pattern))


def loose_place(name, patterns):
    """Where a loose file called NAME goes, or None: the one pattern naming
    it exactly, else the directory of the one pattern it fits."""
    exact = [p for p in patterns
             if not glob.has_magic(p) and os.path.basename(p) == name]
    if exact:
        return exact[0] if len(exact) == 1 else None
    places = {os.path.join(os.path.dirname(p), name) for p in patterns
              if glob.has_magic(p) and fnmatch.fnmatchcase(
                  name, os.path.basename(p))}
    return places.pop() if len(places) == 1 else None


def submitted_files(directory):
    """The regular files below DIRECTORY, as sorted relative paths; hidden
    files and directories (.git, ...) and symbolic links are skipped."""
    found = []
    for parent, subdirs, files in os.walk(directory):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in files:
            path = os.path.join(parent, name)
            if not name.startswith(".") and not os.path.islink(path):
                found.append(os.path.relpath(path, directory))
    return sorted(found)


def source_root(files):
    """The submission's src/ directory, relative to its top ("" for the top
    itself): where the shallowest Make.config is, if there is one."""
    configs = [f for f in files if os.path.basename(f) == "Make.config"]
    if not configs:
        return ""
    return os.path.dirname(min(configs, key=lambda f: f.count("/")))


def below_src(relative, root):
    """The submitted file RELATIVE as a path below src/, or None when it is
    outside the submission's src/ directory ROOT."""
    if not root:
        return relative
    if relative.startswith(root + "/"):
        return relative[len(root) + 1:]
    return None


def destination(relative, root, patterns):
    """Where the submitted file RELATIVE goes below src/, or None."""
    path = below_src(relative, root)
    if path is not None and any(matches(path, p) for p in patterns):
        return path
    if not root and "/" not in relative:
        return loose_place(relative, patterns)
    return None


def same_as_kit(source, path, kit_src):
    """Whether the file SOURCE is the kit's own file PATH (below src/)."""
    kit_copy = os.path.join(kit_src, path) if path is not None else None
    return (kit_copy is not None and os.path.isfile(kit_copy)
            and filecmp.cmp(source, kit_copy, shallow=False))


def place(submission, kit_src, patterns):
    """Copies the files of SUBMISSION that PATTERNS allow into the kit's
    src/ directory KIT_SRC; returns the Placement."""
    placement = Placement(patterns)
    files = submitted_files(submission)
    root = source_root(files)
    for relative in files:
        source = os.path.join(submission, relative)
        target = destination(relative, root, patterns)
        if target is None or target in placement.taken:
            if same_as_kit(source, below_src(relative, root), kit_src):
                placement.unchanged += 1
            else:
                placement.ignored.append(relative)
            continue
        os.makedirs(os.path.dirname(os.path.join(kit_src, target)),
                    exist_ok=True)
        shutil.copyfile(source, os.path.join(kit_src, target))
        placement.taken.append(target)
    return placement
