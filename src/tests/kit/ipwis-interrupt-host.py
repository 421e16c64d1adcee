"""Interrupt-mode programs on the host, with a real kernel: booted with
-interrupt=notify:@host, -interrupt=fails:@host and -interrupt=unserved:@host,
it runs src/examples/notify.tree (an entry program granting its input's
program) three times, and `skiff-ipwis --interrupt NAME=COMMAND` serves
the grants: notify's command runs with the grant's arguments, its output
is printed and its exit status 0 makes the grant done; a command that
exits 1 makes it failed; a program the host has no command for is
refused by the host, and the grant fails saying so.
"""

import os
import tempfile

import _ipwis
import _kit
from _ipwis import tool

COMMANDS = ["--interrupt", "notify=echo the robot is on its way",
            "--interrupt", "fails=false"]


def tree_for(program, minute, tmp):
    """notify.tree granting PROGRAM, created at MINUTE, signed."""
    return _ipwis.sign("notify.tree", tmp, [('"notify"', f'"{program}"'),
                                            ("T10:00:00Z", f"T10:{minute:02}:00Z")],
                       f"{program}.tree")


def grants(socket, tmp):
    for minute, (program, lines) in enumerate((
            ("notify", ["interrupt notify: the robot is on its way from entry\n",
                        "task 2 done: interrupt notify: @host, exit(0)\n",
                        "task 1 done: status: granted, done\n"]),
            ("fails", ["task 4 failed: interrupt fails: @host, exit(1)\n",
                       "task 3 done: status: granted, failed\n"]),
            ("unserved", ["task 6 failed: interrupt unserved: @host, but the host did "
                          "not run it\n", "task 5 done: status: granted, failed\n"]))):
        status, out = tool(socket, *COMMANDS, "--watch", "submit",
                           tree_for(program, minute, tmp))
        for line in lines:
            _kit.expect(line in out, f"granting {program} did not print {line!r}", out)


def main():
    _kit.build_phase(_ipwis.IPWIS)
    with tempfile.TemporaryDirectory(prefix="skiff-irqhost-", dir="/tmp") as tmp:
        socket = os.path.join(tmp, "com2")
        kernel = _ipwis.Kernel(socket, ["grant"],
                               ["-interrupt=notify:@host", "-interrupt=fails:@host",
                                "-interrupt=unserved:@host"], ["--realtime"])
        try:
            kernel.wait_ready()
            grants(socket, tmp)
            status, out = tool(socket, "halt")
            _kit.expect(status == 0, "halt was not accepted", out)
            output = kernel.finish()
        finally:
            kernel.kill()
        _kit.expect("Powering off..." in output, "the kernel did not power off", output)


_kit.run_test(main)
