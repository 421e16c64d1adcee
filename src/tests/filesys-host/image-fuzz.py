#!/usr/bin/env python3
"""image-fuzz.py [--seed S] [--images N]: skiff-fs on damaged images.

Makes a good image with skiff-fs (a directory, files of several sizes),
then N copies of it, each with a few bits of its metadata flipped or a
sector overwritten at random, drawn from SEED (same seed, same images).
On each, skiff-fs runs fsck, ls, get, put and rm: every run must end with
status 0 (worked), 1 (the kernel's code refused the image) or 2 (the tool
refused), say why when it does not work, and never crash: no signal, no
sanitizer report, no panic.  Prints one pass/FAIL line and the counts."""

import argparse
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SKIFF_FS = os.path.join(HERE, "..", "..", "utils", "skiff-fs")
CRASH_SIGNS = ("Sanitizer", "runtime error", "PANIC", "bug:", "Assertion")
SECTOR = 512
# Where damage lands: the superblock, free map, root, log header and the
# first inodes and index sectors of the good image's files.
METADATA_SECTORS = 80


def skiff_fs(image, *words):
    run = subprocess.run([SKIFF_FS, image] + list(words),
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         timeout=60)
    return run.returncode, run.stdout.decode(errors="replace")


def make_good(tmp):
    image = os.path.join(tmp, "good.img")
    rng = random.Random(0)
    host = os.path.join(tmp, "data")
    steps = [("mkfs", "1")]
    directory = "/d"
    steps.append(("mkdir", directory))
    for i, size in enumerate((0, 700, 9000, 90000)):
        path = f"{host}{i}"
        with open(path, "wb") as f:
            f.write(bytes(rng.randrange(256) for _ in range(size)))
        steps.append(("put", path, f"/f{i}"))
        steps.append(("put", path, f"{directory}/g{i}"))
    for step in steps:
        status, output = skiff_fs(image, *step)
        if status != 0 and step[0] == "mkdir":
            directory = ""        # The base file system: the root only.
            continue
        if status != 0:
            sys.exit(f"image-fuzz: skiff-fs {' '.join(step)}: {output}")
    return image, directory


def damage(good, rng):
    disk = bytearray(good)
    if rng.random() < 0.2:
        sector = rng.randrange(METADATA_SECTORS)
        disk[sector * SECTOR:(sector + 1) * SECTOR] = bytes(
            rng.randrange(256) for _ in range(SECTOR))
    else:
        for _ in range(rng.randint(1, 4)):
            disk[rng.randrange(METADATA_SECTORS * SECTOR)] ^= 1 << rng.randrange(8)
    return bytes(disk)


def crashed(status, output):
    """Why a run of skiff-fs counts as a crash or a mute refusal; None if
    it does not."""
    if status < 0 or status not in (0, 1, 2):
        return f"ended with status {status}"
    for sign in CRASH_SIGNS:
        if sign in output:
            return f"printed '{sign}'"
    if status != 0 and not output.strip():
        return "failed without saying why"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--images", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    problems = []
    refused = worked = 0
    with tempfile.TemporaryDirectory() as tmp:
        good_path, directory = make_good(tmp)
        with open(good_path, "rb") as f:
            good = f.read()
        image = os.path.join(tmp, "bad.img")
        commands = [("fsck",), ("ls", "/"), ("ls", directory or "/"),
                    ("get", f"{directory}/g3", os.path.join(tmp, "out")),
                    ("put", good_path, f"{directory}/new"), ("rm", "/f2")]
        for index in range(args.images):
            with open(image, "wb") as f:
                f.write(damage(good, rng))
            for command in commands:
                status, output = skiff_fs(image, *command)
                why = crashed(status, output)
                if why:
                    problems.append(f"image {index}, {' '.join(command[:2])}: "
                                    f"{why}:\n{output.strip()[:600]}")
                if command == ("fsck",):
                    refused += status != 0
                    worked += status == 0
    verdict = "FAIL" if problems or refused == 0 else "pass"
    print(f"{verdict} image-fuzz (seed {args.seed}): {args.images} damaged "
          f"images, {refused} refused by fsck with a message, {worked} "
          f"consistent; {len(problems)} crashes")
    for problem in problems[:10]:
        print("  " + problem)
    return 1 if verdict == "FAIL" else 0


if __name__ == "__main__":
    sys.exit(main())
