"""How the runner starts QEMU, and how it tells why QEMU stopped.

The guest's first serial port is QEMU's standard input and output, so the
kernel's console streams to the runner and keyboard input reaches the
kernel through the serial port.
"""

import os
import shutil
import subprocess
import sys

from errors import ToolError

PROGRAM = "qemu-system-i386"

# With -icount, every guest instruction advances the virtual clock by
# 2**ICOUNT_SHIFT ns, and sleep=off skips the time the guest spends halted.
# Runs then depend on the instruction stream alone, never on how busy the
# host is.  2**6 ns per instruction is a 15.6 MHz machine: slow enough that
# a timer tick (10 ms) passes after only 156250 instructions, so tests that
# wait for many ticks finish quickly, yet fast enough for a thread to do
# real work in one time slice.
ICOUNT_SHIFT = 6


def program():
    path = shutil.which(PROGRAM)
    if path is None:
        raise ToolError(f"{PROGRAM} is not installed; it is in the Debian "
                        f"package qemu-system-x86: "
                        f"sudo apt-get install qemu-system-x86")
    return path


def drive(index, path):
    """A raw IDE disk at position INDEX (commas in a path are doubled, as
    QEMU's option syntax requires)."""
    return ["-drive", f"file={path.replace(',', ',,')},format=raw,"
                      f"index={index},media=disk"]


def com2_serial(com2):
    """The -serial argument for the second serial port: 'null', or
    'unix:PATH', a socket QEMU listens on without waiting for a client."""
    if com2 == "null":
        return "null"
    path = com2[len("unix:"):].replace(",", ",,")
    return f"unix:{path},server=on,wait=off"


def command(disks, memory_mb, realtime=False, vga=False, gdb_port=None,
            com2=None):
    """The argv that boots DISKS (a list of paths by IDE position, None for
    an empty position) in a machine with MEMORY_MB megabytes, and a COM2 as
    --com2 says (None: no COM2)."""
    argv = [program(), "-m", str(memory_mb), "-no-reboot", "-nic", "none",
            "-serial", "stdio", "-monitor", "none"]
    if com2 is not None:
        argv += ["-serial", com2_serial(com2)]
    if not vga:
        argv += ["-display", "none"]
    if not realtime:
        argv += ["-icount", f"shift={ICOUNT_SHIFT},align=off,sleep=off"]
    for index, path in enumerate(disks):
        if path is not None:
            argv += drive(index, path)
    if gdb_port is not None:
        # -S: wait, frozen before the first instruction, for gdb.
        argv += ["-S", "-gdb", f"tcp:127.0.0.1:{gdb_port}"]
    return argv


# QEMU restores the terminal when asked to stop, so ask before forcing.
POLITE_STOP = True
# What QEMU says when we stop it; not worth showing.
STOPPED_BY_US = "terminating on signal"


def stderr_path(workdir):
    return os.path.join(workdir, "qemu.stderr")


def start(workdir, disks, serial_fd, memory_mb, realtime, vga, gdb_port=None,
          com2=None):
    """Starts QEMU with the guest's serial output going to SERIAL_FD."""
    argv = command(disks, memory_mb, realtime, vga, gdb_port, com2)
    with open(stderr_path(workdir), "wb") as stderr:
        return subprocess.Popen(argv, stdout=serial_fd, stderr=stderr)


def finish(workdir, process):
    """Shows what QEMU printed on its standard error, except the note that
    we stopped it; returns why QEMU stopped unless the guest powered off."""
    with open(stderr_path(workdir), errors="replace") as f:
        for line in f:
            if STOPPED_BY_US not in line:
                sys.stderr.write(line)
    if process.returncode != 0:
        return f"{PROGRAM} exited with status {process.returncode}"
    return None
