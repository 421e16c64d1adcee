"""Unit tests of the disks the runner builds: the boot image of
doc/internals.md, whole-cylinder sizes, and the scratch disk's ustar
archive in both directions."""

import io
import os
import struct
import tarfile
import tempfile
import unittest

import _kit
import bootimage
import diskfiles
import scratchdisk
from errors import ToolError

LOADER = bytes(510) + b"\x55\xaa"


class BootImage(unittest.TestCase):
    def test_layout(self):
        kernel = bytes(range(256)) * 3  # 768 bytes: two sectors once padded
        image = bootimage.boot_image(LOADER, kernel, ["-q", "run", "a b"])
        self.assertEqual(image[:512], LOADER)
        params = image[512:1024]
        self.assertEqual(params[:8], b"SKIFFBP1")
        self.assertEqual(struct.unpack("<II", params[8:16]), (2, 3))
        self.assertEqual(params[16:28], b"-q\0run\0a b\0\0")
        self.assertEqual(params[0x1f0:], bytes(16))  # the loader's to fill
        self.assertEqual(image[1024:1024 + 768], kernel)
        self.assertEqual(len(image), 4 * 512)

    def test_command_line_limit(self):
        exactly_full = ["x" * 479]  # 479 bytes and a NUL fill 0x1e0
        bootimage.boot_image(LOADER, b"k", exactly_full)
        with self.assertRaisesRegex(ToolError, "at most 480"):
            bootimage.boot_image(LOADER, b"k", ["x" * 480])

    def test_bad_loader_and_kernel(self):
        with self.assertRaisesRegex(ToolError, "55 aa"):
            bootimage.boot_image(bytes(512), b"k", [])
        with self.assertRaisesRegex(ToolError, "one 512-byte sector"):
            bootimage.boot_image(LOADER + b"x", b"k", [])
        with self.assertRaisesRegex(ToolError, "at most 520192"):
            bootimage.boot_image(LOADER, bytes(520193), [])
        bootimage.boot_image(LOADER, bytes(520192), [])


class DiskFiles(unittest.TestCase):
    def test_whole_cylinders(self):
        cylinder = 16 * 63 * 512
        self.assertEqual(diskfiles.whole_cylinders(0), cylinder)
        self.assertEqual(diskfiles.whole_cylinders(cylinder), cylinder)
        self.assertEqual(diskfiles.whole_cylinders(cylinder + 1), 2 * cylinder)

    def test_create(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "d")
            diskfiles.create(path, 2 * diskfiles.MEGABYTE, b"abc")
            with open(path, "rb") as f:
                data = f.read()
        self.assertEqual(len(data), diskfiles.whole_cylinders(2 * 2**20))
        self.assertEqual(data[:4], b"abc\0")


class ScratchDisk(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.directory.name, "scratch")

    def tearDown(self):
        self.directory.cleanup()

    def test_put_files_are_a_plain_ustar_archive(self):
        scratchdisk.write(self.path, [("echo", b"\x7fELF..."), ("a.txt", b"")])
        with tarfile.open(self.path) as archive:
            members = archive.getmembers()
            self.assertEqual([m.name for m in members], ["echo", "a.txt"])
            self.assertEqual(archive.extractfile("echo").read(), b"\x7fELF...")
        for member in members:
            self.assertEqual((member.mtime, member.uid, member.mode),
                             (0, 0, 0o644))
        self.assertGreaterEqual(os.path.getsize(self.path),
                                scratchdisk.SPARE_BYTES)

    def test_same_files_same_disk(self):
        other = self.path + "2"
        scratchdisk.write(self.path, [("f", b"data")])
        scratchdisk.write(other, [("f", b"data")])
        with open(self.path, "rb") as a, open(other, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_read_back_what_the_kernel_appended(self):
        # The kernel's `append` writes a ustar member from sector 0.
        scratchdisk.write(self.path, [("input", b"old")])
        with open(self.path, "r+b") as disk:
            with tarfile.open(fileobj=disk, mode="w",
                              format=tarfile.USTAR_FORMAT) as archive:
                data = b"result of the run\n"
                info = tarfile.TarInfo("out.txt")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        self.assertEqual(scratchdisk.read_member(self.path, "out.txt"),
                         b"result of the run\n")
        with self.assertRaisesRegex(ToolError, "did not put 'missing'.*"
                                    "it holds out.txt"):
            scratchdisk.read_member(self.path, "missing")

    def test_bad_names(self):
        for name in ("", "/abs", "x" * 100):
            with self.assertRaises(ToolError):
                scratchdisk.write(self.path, [(name, b"")])

    def test_not_an_archive(self):
        with open(self.path, "wb") as f:
            f.write(b"garbage" * 100)
        with self.assertRaisesRegex(ToolError, "does not hold a ustar"):
            scratchdisk.read_member(self.path, "x")


_kit.run_unittests(BootImage, DiskFiles, ScratchDisk)
