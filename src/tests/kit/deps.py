"""Tests of src/utils/deps, the package check that `make run` and `make
check` start with: it names exactly the Debian package that a machine
lacks, judged by what the kit does with it, and is silent when nothing is
missing.

Each case runs deps with --no-install (so even as root nothing is
installed) under a PATH made of links to this machine's commands minus the
ones the case hides; a fake gcc stands in for a gcc without gcc-multilib.
"""

import os
import shutil
import subprocess
import tempfile
import unittest

import _kit

DEPS = os.path.join(_kit.UTILS, "deps")
SYSTEM_PATH = ("/usr/local/bin", "/usr/bin", "/bin")

# What gcc without gcc-multilib does: for -m32 it still names the 64-bit
# libgcc, a file that exists, so only a real 32-bit link can tell.
GCC_WITHOUT_MULTILIB = """#!/bin/sh
case "$*" in
  *-m32*-print-libgcc-file-name*)
    exec {gcc} -print-libgcc-file-name ;;
esac
exec {gcc} "$@"
"""


def fake_path(directory, hidden=(), replaced=None):
    """Fills DIRECTORY with links to every system command except HIDDEN,
    and the scripts of REPLACED (name -> text); returns it as a PATH."""
    replaced = replaced or {}
    for system_dir in SYSTEM_PATH:
        if not os.path.isdir(system_dir):
            continue
        for name in os.listdir(system_dir):
            link = os.path.join(directory, name)
            if name in hidden or name in replaced or os.path.lexists(link):
                continue
            os.symlink(os.path.join(system_dir, name), link)
    for name, text in replaced.items():
        path = os.path.join(directory, name)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o755)
    return directory


def run_deps(path, use="check", plugins=None):
    env = dict(os.environ, PATH=path)
    if plugins is not None:
        env["SKIFF_BOCHS_PLUGINS"] = plugins
    result = subprocess.run(["/bin/sh", DEPS, "--no-install", use], env=env,
                            stdin=subprocess.DEVNULL, capture_output=True,
                            text=True)
    return result.returncode, result.stdout + result.stderr


class Deps(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="skiff-deps-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def assertNames(self, packages, **fake):
        status, output = run_deps(fake_path(self.dir, **fake))
        self.assertEqual(status, 1, output)
        wanted = f"apt-get install -y --no-install-recommends {' '.join(packages)}"
        self.assertIn(wanted, output)
        self.assertIn(f"needs these Debian packages: {' '.join(packages)}",
                      output)

    def test_everything_present_is_silent(self):
        status, output = run_deps(fake_path(self.dir))
        self.assertEqual((status, output), (0, ""))

    def test_gcc_without_multilib(self):
        gcc = shutil.which("gcc")
        self.assertNames(["gcc-multilib"], replaced={
            "gcc": GCC_WITHOUT_MULTILIB.format(gcc=gcc)})

    def test_hidden_commands_name_their_packages(self):
        self.assertNames(["qemu-system-x86", "unifdef"],
                         hidden={"qemu-system-i386", "unifdef"})

    def test_binutils_by_every_tool_the_kit_calls(self):
        self.assertNames(["binutils"], hidden={"addr2line"})

    def test_bochs_without_its_terminal_display(self):
        empty = os.path.join(self.dir, "no-plugins")
        os.mkdir(empty)
        status, output = run_deps(fake_path(self.dir), plugins=empty)
        self.assertEqual(status, 1, output)
        self.assertIn("apt-get install -y --no-install-recommends bochs-term", output)

    def test_build_needs_less_than_check(self):
        status, output = run_deps(fake_path(self.dir, hidden={"gdb", "bochs"}),
                                  use="build")
        self.assertEqual((status, output), (0, ""))


_kit.run_unittests(Deps)
