"""Bochs's configuration for a Skiff run.

We write the bochsrc ourselves so that Bochs runs without a window, never
stops to ask a question, and keeps its log out of the kernel's output.
Debian's Bochs 2.7 has no "nogui" display and has its debugger built in:
we give it the curses display `term` with its screen thrown away, and a
debugger script that just says `continue`.
"""

import glob
import os
import re
import shutil
import signal
import subprocess

from errors import ToolError

PROGRAM = "bochs"
BIOS = "/usr/share/bochs/BIOS-bochs-latest"
VGA_BIOS = "/usr/share/vgabios/vgabios.bin"
PLUGINS = "/usr/lib/*/bochs/plugins"

ATA_POSITIONS = ("ata0-master", "ata0-slave", "ata1-master", "ata1-slave")

# With sync=none the virtual clock advances by instructions executed, so
# runs are repeatable; this rate matches QEMU's (see qemu.ICOUNT_SHIFT).
INSTRUCTIONS_PER_SECOND = 15625000
# A fixed date for the real-time clock, also for repeatability.
CLOCK_START = 946684800  # 2000-01-01 00:00:00 UTC

# What Bochs logs when the kernel powers off, through ACPI or through
# Bochs's own shutdown port.
POWER_OFF_MESSAGES = ("ACPI control: soft power off",
                      "Shutdown port: shutdown requested")


def _missing(what, package):
    return ToolError(f"{what} is missing; it is in the Debian package "
                     f"{package}: sudo apt-get install {package}")


def _check_installed(vga):
    if shutil.which(PROGRAM) is None:
        raise _missing("bochs", "bochs")
    if not os.path.exists(BIOS):
        raise _missing(f"the Bochs BIOS {BIOS}", "bochsbios")
    if not os.path.exists(VGA_BIOS):
        raise _missing(f"the VGA BIOS {VGA_BIOS}", "vgabios")
    display, package = ("x", "bochs-x") if vga else ("term", "bochs-term")
    if not glob.glob(f"{PLUGINS}/libbx_{display}_gui.so*"):
        raise _missing(f"Bochs's '{display}' display", package)
    return display


def config(disks, memory_mb, realtime, display, serial_path, log_path,
           com2=None):
    """The text of a bochsrc for DISKS (paths by IDE position or None), and
    a COM2 with nothing attached if COM2 is 'null'."""
    sync = "realtime" if realtime else "none"
    time0 = "local" if realtime else str(CLOCK_START)
    lines = [
        f"megs: {memory_mb}",
        f"romimage: file={BIOS}",
        f"vgaromimage: file={VGA_BIOS}",
        "boot: disk",
        "ata0: enabled=1, ioaddr1=0x1f0, ioaddr2=0x3f0, irq=14",
        "ata1: enabled=1, ioaddr1=0x170, ioaddr2=0x370, irq=15",
    ]
    for position, path in zip(ATA_POSITIONS, disks):
        if path is not None:
            lines.append(f'{position}: type=disk, path="{path}", mode=flat')
    lines += [
        f'com1: enabled=1, mode=file, dev="{serial_path}"',
    ]
    if com2 is not None:
        lines.append("com2: enabled=1, mode=null")
    lines += [
        f"clock: sync={sync}, time0={time0}",
        # A triple fault stops the machine, as QEMU's -no-reboot does.
        f"cpu: ips={INSTRUCTIONS_PER_SECOND}, reset_on_triple_fault=0",
        f"display_library: {display}",
        "mouse: enabled=0",
        "speaker: enabled=0",
        # Without this Bochs opens the host's sound device even with the
        # speaker off, and aborts on a machine that has none.
        "sound: driver=dummy",
        f'log: "{log_path}"',
        "panic: action=fatal",
        "error: action=report",
        "info: action=ignore",
        "debug: action=ignore",
    ]
    return "\n".join(lines) + "\n"


def command(workdir, disks, memory_mb, serial_path, realtime=False, vga=False,
            com2=None):
    """Writes the bochsrc into WORKDIR and returns the argv that runs it.
    The kernel's serial output goes to the file SERIAL_PATH."""
    display = _check_installed(vga)
    rc = os.path.join(workdir, "bochsrc")
    with open(rc, "w") as f:
        f.write(config(disks, memory_mb, realtime, display, serial_path,
                       log_path(workdir), com2))
    debugger_script = os.path.join(workdir, "bochs-debugger")
    with open(debugger_script, "w") as f:
        f.write("continue\n")
    return [shutil.which(PROGRAM), "-q", "-f", rc, "-rc", debugger_script]


def log_path(workdir):
    return os.path.join(workdir, "bochs.log")


def stderr_path(workdir):
    """Where the runner sends Bochs's standard error: the messages Bochs
    prints before it has opened its log."""
    return os.path.join(workdir, "bochs.stderr")


# Bochs has no terminal of ours to restore and may ignore a polite request.
POLITE_STOP = False


def start(workdir, disks, serial_fd, memory_mb, realtime, vga, gdb_port=None,
          com2=None):
    """Starts Bochs with the guest's serial output going to SERIAL_FD."""
    assert gdb_port is None, "the runner debugs with QEMU only"
    assert com2 in (None, "null"), "Bochs's COM2 can only be 'null'"
    argv = command(workdir, disks, memory_mb, f"/dev/fd/{serial_fd}",
                   realtime, vga, com2)
    with open(stderr_path(workdir), "wb") as stderr:
        # The curses display wants a terminal type; a session of its own
        # keeps it off our terminal.
        return subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=stderr, pass_fds=(serial_fd,),
            env=dict(os.environ, TERM="dumb"), start_new_session=True)


def _read(path):
    if not os.path.exists(path):
        return ""
    with open(path, errors="replace") as f:
        return f.read()


def finish(workdir, process):
    """Why Bochs stopped, from its log, unless the guest powered off (then
    None).  Bochs reports even a clean power-off as a fatal "panic", so
    its exit status tells nothing."""
    errors = _read(stderr_path(workdir))
    log = errors + _read(log_path(workdir))
    if any(message in log for message in POWER_OFF_MESSAGES):
        return None
    panics = re.findall(r">>PANIC<< (.*)", log)
    if panics:
        return panics[-1]
    return _unexplained_stop(process.returncode, errors)


# How much of Bochs's own error output to show when it stops for a reason
# it did not log as a panic (a crash of its own, a missing library, ...).
ERROR_LINES_SHOWN = 10


def _unexplained_stop(status, errors):
    lines = [line for line in errors.splitlines() if line.strip()]
    said = "\n".join(f"  {line}" for line in lines[-ERROR_LINES_SHOWN:])
    how = (f"was killed by {signal.Signals(-status).name}" if status < 0
           else f"exited with status {status}")
    what = f"Bochs {how} before the kernel powered off"
    return f"{what}; its last error output:\n{said}" if said else \
        f"{what}, and printed no error"
