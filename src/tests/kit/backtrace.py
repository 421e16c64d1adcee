"""The backtrace tool names the right functions and lines, given addresses
or a panic's text.

We build a tiny 32-bit program whose functions and call lines we know,
linked where the kernel lives, and take from its disassembly the return
addresses that a real call stack would hold.
"""

import os
import subprocess
import sys
import tempfile

import _kit

PROGRAM = """\
int counter;

void leaf (void)
{
  counter++;
}

void middle (void)
{
  leaf ();
  counter += 2;
}

void _start (void)
{
  middle ();
  for (;;)
    continue;
}
"""
# Each call is followed by code of the next line, so a return address
# looked up as it is would name the wrong line.
LEAF_CALL_LINE = 10     # `leaf ();` in middle()
MIDDLE_CALL_LINE = 16   # `middle ();` in _start()


def build(directory):
    source = os.path.join(directory, "tiny.c")
    program = os.path.join(directory, "tiny.o")
    with open(source, "w") as f:
        f.write(PROGRAM)
    subprocess.run(["gcc", "-m32", "-g", "-O0", "-ffreestanding", "-fno-pie",
                    "-fno-pic", "-nostdlib", "-static", "-no-pie",
                    "-Wl,-m,elf_i386", "-Wl,-Ttext=0xc0020000", "-o", program,
                    source], check=True, capture_output=True)
    return program


def return_address_after_call_to(program, caller, callee):
    """The address just past CALLER's call instruction to CALLEE, from the
    disassembly: what a frame's saved return address would be."""
    listing = subprocess.run(["objdump", "-d", program], check=True,
                             capture_output=True, text=True).stdout
    lines = listing.splitlines()
    inside = False
    for i, line in enumerate(lines):
        if line.endswith(f"<{caller}>:"):
            inside = True
        elif inside and "call" in line and f"<{callee}>" in line:
            return int(lines[i + 1].split(":")[0], 16)
    raise _kit.KitFailure(f"no call from {caller} to {callee} in {program}")


def run_tool(program, *words, stdin=""):
    result = subprocess.run([sys.executable,
                             os.path.join(_kit.UTILS, "backtrace"),
                             "-k", program] + list(words), input=stdin,
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def main():
    with tempfile.TemporaryDirectory() as directory:
        program = build(directory)
        in_middle = return_address_after_call_to(program, "middle", "leaf")
        in_start = return_address_after_call_to(program, "_start", "middle")
        status, output = run_tool(program, hex(in_middle), hex(in_start))
        lines = output.splitlines()
        _kit.expect(status == 0 and len(lines) == 2,
                    "backtrace ADDRESS... failed", output)
        _kit.expect(lines[0].startswith(f"0x{in_middle:08x}: middle (") and
                    lines[0].endswith(f"tiny.c:{LEAF_CALL_LINE})"),
                    "the first address is not named middle at the line of "
                    "its call", output)
        _kit.expect(lines[1].startswith(f"0x{in_start:08x}: _start (") and
                    lines[1].endswith(f"tiny.c:{MIDDLE_CALL_LINE})"),
                    "the second address is not named _start at the line of "
                    "its call", output)

        panic = (f"KERNEL PANIC at tiny.c:3 in leaf(): test\n"
                 f"Call stack: {hex(in_middle)} {hex(in_start)}\n")
        status, output = run_tool(program, stdin="noise\n" + panic)
        _kit.expect(status == 0 and
                    output.splitlines()[:2] == panic.splitlines(),
                    "reading a panic from standard input went wrong", output)
        _kit.expect([line.strip() for line in output.splitlines()[2:]] ==
                    lines, "the call stack read from standard input was "
                    "decoded differently", output)

        status, output = run_tool(program, stdin="no call stack here\n")
        _kit.expect(status == 2 and "no `Call stack:` line" in output,
                    "text without a call stack was not refused clearly",
                    output)


_kit.run_test(main)
