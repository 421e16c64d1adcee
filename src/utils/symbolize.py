"""Turns kernel code addresses into function names and source lines.

A thin layer over binutils' addr2line, shared by the backtrace tool and the
test harness.  The addresses in a `Call stack:` line are return addresses:
each points just past a call instruction, which may already belong to the
next source line, so we look up the byte before it, which is inside the
call.
"""

import os
import re
import shutil
import subprocess

from errors import ToolError

SRC_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
CALL_STACK = re.compile(r"Call stack:((?:\s+0x[0-9a-fA-F]+)*)")


class Frame:
    """One resolved address: FUNCTION and LOCATION are None when the
    kernel's symbols do not cover the address."""

    def __init__(self, address, function, location):
        self.address = address
        self.function = function
        self.location = location

    def __str__(self):
        if self.function is None:
            return f"0x{self.address:08x}: (not in the kernel's symbols)"
        where = f" ({self.location})" if self.location else ""
        return f"0x{self.address:08x}: {self.function}{where}"


def call_stack(line):
    """The addresses of a line holding `Call stack: 0x... 0x...`, or None
    if LINE has no call stack."""
    match = CALL_STACK.search(line)
    if match is None:
        return None
    return [int(word, 16) for word in match.group(1).split()]


def _source_path(path):
    """PATH as a student knows it: relative to src/ when it is inside."""
    path = os.path.normpath(path)
    if os.path.isabs(path) and path.startswith(SRC_DIR + os.sep):
        return os.path.relpath(path, SRC_DIR)
    return path


def _location(text):
    """addr2line's "FILE:LINE (discriminator N)" as "FILE:LINE", or None."""
    text = text.split(" (discriminator")[0]
    path, _, line = text.rpartition(":")
    if path in ("", "??") or line in ("", "?", "0"):
        return None
    return f"{_source_path(path)}:{line}"


def resolve(kernel_object, addresses):
    """A Frame for each return address in ADDRESSES, using the symbols of
    KERNEL_OBJECT (an ELF file with debug information)."""
    if not addresses:
        return []
    if shutil.which("addr2line") is None:
        raise ToolError("addr2line is not installed; it is in the Debian "
                        "package binutils: sudo apt-get install binutils")
    if not os.path.isfile(kernel_object):
        raise ToolError(f"there is no {kernel_object} to read symbols from: "
                        f"run `make` in the phase directory first")
    lookups = [f"0x{max(address - 1, 0):x}" for address in addresses]
    result = subprocess.run(["addr2line", "-f", "-e", kernel_object] + lookups,
                            capture_output=True, text=True)
    lines = result.stdout.splitlines()
    if result.returncode != 0 or len(lines) != 2 * len(addresses):
        raise ToolError(f"addr2line cannot read {kernel_object}: "
                        f"{result.stderr.strip() or 'unexpected output'}")
    frames = []
    for address, function, location in zip(addresses, lines[0::2],
                                            lines[1::2]):
        frames.append(Frame(address, None if function == "??" else function,
                            _location(location)))
    return frames


def data_name(kernel_object, address):
    """The name of the kernel variable that holds ADDRESS (`lock_b`, or
    `table+8` inside one), from KERNEL_OBJECT's symbol table; None for an
    address on a stack or in the heap, or if the symbols cannot be read."""
    if shutil.which("nm") is None or not os.path.isfile(kernel_object):
        return None
    result = subprocess.run(["nm", "-S", "--defined-only", kernel_object],
                            capture_output=True, text=True)
    for line in result.stdout.splitlines():
        words = line.split()
        if len(words) != 4 or words[2] not in "bBdDrR":
            continue
        start, size = int(words[0], 16), int(words[1], 16)
        if start <= address < start + size:
            offset = address - start
            return words[3] + (f"+{offset}" if offset else "")
    return None


def explain_panic(text, kernel_object):
    """The lines of TEXT that tell about panics, with every `Call stack:`
    line followed by its frames, indented; [] if TEXT has no call stack."""
    explained = []
    for line in text.splitlines():
        addresses = call_stack(line)
        if addresses is not None:
            explained.append(line.strip())
            explained += [f"  {frame}"
                          for frame in resolve(kernel_object, addresses)]
        elif "KERNEL PANIC" in line:
            explained.append(line.strip())
    return explained if any(call_stack(l) is not None
                            for l in explained) else []
