"""A file system lives on in its disk file from one boot to the next
(`skiff --disk FILE`), and a disk that holds no Skiff file system is
refused with a message, never a panic.

Boot 1 formats a fresh disk and puts a file on it; boot 2 reuses the disk,
unformatted, and gets the file back out through the scratch disk; the
bytes must be the same. Boot 3 offers a disk of random bytes.
"""

import os
import random
import tempfile

import _kit

USERPROG = os.path.join(_kit.SRC, "userprog")


def boot(*words):
    status, output = _kit.skiff("-k", "-T", "60", *words, cwd=USERPROG)
    _kit.expect("KERNEL PANIC" not in output and "Powering off..." in output,
                "the kernel did not power off cleanly", output)
    return output


def main():
    _kit.build_phase(USERPROG)
    with tempfile.TemporaryDirectory() as tmp:
        disk, sent, back = (os.path.join(tmp, name) for name in ("fs.dsk", "sent", "back"))
        data = random.Random(7).randbytes(5000)
        with open(sent, "wb") as f:
            f.write(data)

        boot("--disk", disk, "-p", f"{sent}:keep", "--", "-q", "-f", "extract")
        output = boot("--disk", disk, "-g", f"keep:{back}", "--", "-q", "append", "keep")
        _kit.expect(os.path.exists(back), "the second boot did not give the file back", output)
        with open(back, "rb") as f:
            _kit.expect(f.read() == data, "the file came back with other bytes", output)

        junk = os.path.join(tmp, "junk.dsk")
        with open(junk, "wb") as f:
            f.write(random.Random(8).randbytes(516096))
        output = boot("--disk", junk, "--", "-q", "ls")
        _kit.expect("format it with -f" in output,
                    "a foreign disk was not refused with a message", output)


_kit.run_test(main)
