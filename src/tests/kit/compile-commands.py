"""compile_commands.json (src/utils/compile-commands) covers every C file the
kit's builds compile, each with its exact flags.

Coverage: every C file below src/ is compiled by some build (the kit keeps
no dead C files), so each must have an entry.  Exactness: the
entry of a kernel file, run as it stands, makes the same object file as
the phase's build; the entries of a user-program file and of a host test
file compile.
"""

import json
import os
import subprocess
import sys
import tempfile

import _kit

TOOL = os.path.join(_kit.UTILS, "compile-commands")
KERNEL_FILE = ("threads", "threads/thread.c", "build/threads/thread.o")
# (directory below src/, file below src/) of entries that must compile.
MUST_COMPILE = [("examples", "examples/echo.c"),
                ("tests/filesys-host", "tests/filesys-host/ramdisk.c")]
# Options that only say where dependency lists go: the object is the same.
DEPENDENCY_OPTIONS = {"-MMD", "-MP"}


def database(out):
    result = subprocess.run([sys.executable, TOOL, "--out", out],
                            stdin=subprocess.DEVNULL, capture_output=True,
                            text=True)
    _kit.expect(result.returncode == 0, "compile-commands failed",
                result.stdout + result.stderr)
    with open(out) as f:
        entries = json.load(f)
    for entry in entries:
        _kit.expect(set(entry) == {"directory", "arguments", "file"} and
                    os.path.isfile(entry["file"]),
                    f"a malformed entry: {entry}")
    return entries


def c_files():
    """Every C file below src/, outside the builds' own directories (a
    student's tree need not be a git repository)."""
    found = set()
    for directory, subdirs, files in os.walk(_kit.SRC):
        subdirs[:] = [d for d in subdirs if d != "build"]
        found |= {os.path.join(directory, f) for f in files
                  if f.endswith(".c")}
    return found


def entry_for(entries, directory, file):
    directory, file = (os.path.join(_kit.SRC, p) for p in (directory, file))
    found = [e for e in entries
             if e["directory"] == directory and e["file"] == file]
    _kit.expect(found, f"no entry compiles {file} in {directory}")
    return found[0]


def with_output(arguments, output):
    """ARGUMENTS writing their object to OUTPUT, and no dependency list."""
    words = [w for w in arguments if w not in DEPENDENCY_OPTIONS]
    return words[:words.index("-o") + 1] + [output] + \
        words[words.index("-o") + 2:]


def compile_entry(entry, output):
    result = subprocess.run(with_output(entry["arguments"], output),
                            cwd=entry["directory"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True)
    _kit.expect(result.returncode == 0, f"the entry for {entry['file']} "
                f"does not compile:\n{' '.join(entry['arguments'])}",
                result.stdout + result.stderr)


def main():
    _kit.build_threads_kernel()
    with tempfile.TemporaryDirectory() as work:
        entries = database(os.path.join(work, "compile_commands.json"))
        missing = sorted(c_files() - {e["file"] for e in entries})
        _kit.expect(not missing, "compile_commands.json has no entry for:\n" +
                    "\n".join(os.path.relpath(f, _kit.SRC) for f in missing))

        phase, file, built = KERNEL_FILE
        ours = os.path.join(work, "kernel.o")
        compile_entry(entry_for(entries, phase, file), ours)
        with open(ours, "rb") as a, open(os.path.join(
                _kit.SRC, phase, built), "rb") as b:
            _kit.expect(a.read() == b.read(), f"the entry for {file} makes "
                        f"another object than the {phase} build's {built}")
        for directory, file in MUST_COMPILE:
            compile_entry(entry_for(entries, directory, file),
                          os.path.join(work, "other.o"))


_kit.run_test(main)
