#!/usr/bin/env python3
"""Checks lib/ustar.c against Python's tarfile, which the runner uses.

  tar-interop.py make FILE    writes the archive that ustar-tests.c reads
  tar-interop.py check FILE   reads the archive that ustar-tests.c wrote;
                              exits with 1, saying why, if it is not right
"""
import io
import sys
import tarfile


def make(path):
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in (("hello", b"hello\n"), ("empty", b"")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def check(path):
    try:
        with tarfile.open(path, "r:") as archive:
            members = archive.getmembers()
            names = [m.name for m in members]
            if names != ["out"]:
                return "members are %r, not ['out']" % names
            data = archive.extractfile(members[0]).read()
            if data != b"skiff\n":
                return "'out' holds %r" % data
    except tarfile.TarError as error:
        return "tarfile refused it: %s" % error
    return None


def main():
    action, path = sys.argv[1:3]
    if action == "make":
        make(path)
        return 0
    reason = check(path)
    if reason is not None:
        print("tar-interop.py: %s" % reason, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
