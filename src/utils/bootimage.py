"""The boot disk: loader sector, boot parameter block, kernel.

doc/internals.md ("Boot image") fixes this layout; this module is the
runner's half of that contract.  Only sector 1 depends on the kernel command
line, so changing the command line never needs a rebuild.
"""

import struct

from errors import ToolError

SECTOR_SIZE = 512
BOOT_SIGNATURE = b"\x55\xaa"
PARAMS_MAGIC = b"SKIFFBP1"
WORDS_OFFSET = 0x10
# The words must stop before offset 0x1f0, where the loader stores the
# memory size it got from the BIOS.
WORDS_SPACE = 0x1f0 - WORDS_OFFSET
# The loader puts the kernel at physical 0x20000 and it must end below the
# BIOS data at 0x9f000.
MAX_KERNEL_BYTES = 0x9f000 - 0x20000


def sectors_for(size):
    """Number of whole sectors needed to hold SIZE bytes."""
    return (size + SECTOR_SIZE - 1) // SECTOR_SIZE


def pad_to_sectors(data):
    return data.ljust(sectors_for(len(data)) * SECTOR_SIZE, b"\0")


def parameter_block(kernel_sectors, words):
    """Sector 1: magic, kernel size, argc, then each word NUL-terminated."""
    packed_words = b"".join(word.encode() + b"\0" for word in words)
    if len(packed_words) > WORDS_SPACE:
        raise ToolError(
            f"the kernel command line takes {len(packed_words)} bytes "
            f"(counting one NUL per word) but the boot parameter block "
            f"holds at most {WORDS_SPACE}")
    header = PARAMS_MAGIC + struct.pack("<II", kernel_sectors, len(words))
    return (header + packed_words).ljust(SECTOR_SIZE, b"\0")


def check_loader(loader):
    if len(loader) != SECTOR_SIZE or not loader.endswith(BOOT_SIGNATURE):
        raise ToolError(
            f"loader.bin must be exactly one {SECTOR_SIZE}-byte sector ending "
            f"in the 55 aa boot signature, but it is {len(loader)} bytes"
            + ("" if loader.endswith(BOOT_SIGNATURE) else " without it"))


def check_kernel(kernel):
    if not kernel:
        raise ToolError("kernel.bin is empty")
    if len(kernel) > MAX_KERNEL_BYTES:
        raise ToolError(
            f"kernel.bin is {len(kernel)} bytes but the loader can load at "
            f"most {MAX_KERNEL_BYTES}; make the kernel smaller")


def boot_image(loader, kernel, words):
    """The bytes of the boot disk for LOADER and KERNEL (bytes) and the
    kernel command-line WORDS (strings)."""
    check_loader(loader)
    check_kernel(kernel)
    kernel = pad_to_sectors(kernel)
    params = parameter_block(len(kernel) // SECTOR_SIZE, words)
    return loader + params + kernel
