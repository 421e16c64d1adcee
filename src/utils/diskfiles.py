"""The disk image files a run hands to the simulator.

doc/internals.md ("Disks") gives each IDE position a role.  Every disk the
runner creates is a whole number of cylinders of 16 heads x 63 sectors:
Bochs works out a disk's geometry from its file size and ignores a partial
last cylinder, and this way both simulators show the kernel the same size.
"""

from bootimage import SECTOR_SIZE

# IDE positions, in the order QEMU numbers them with -drive index=N.
BOOT, FILESYS, SCRATCH, SWAP = range(4)
POSITIONS = 4

CYLINDER_BYTES = 16 * 63 * SECTOR_SIZE
MEGABYTE = 1024 * 1024


def whole_cylinders(size):
    """SIZE bytes rounded up to a whole, nonzero number of cylinders."""
    cylinders = max(1, (size + CYLINDER_BYTES - 1) // CYLINDER_BYTES)
    return cylinders * CYLINDER_BYTES


def create(path, size, contents=b""):
    """Writes CONTENTS to a new disk file at PATH, zero-filled to at least
    SIZE bytes and to whole cylinders."""
    with open(path, "wb") as disk:
        disk.write(contents)
        disk.truncate(whole_cylinders(max(size, len(contents))))
