"""A scripted gdb session against `skiff --gdb`: a breakpoint in
threads/init.c, a step, and our commands threads, btthread and plist;
btthread refuses what is not a thread (a function's name, a bad address)
with a clear message instead of showing garbage.

The kernel runs with no actions, so at run_actions() there are exactly two
threads: main, running, and idle, switched out inside schedule() (blocked,
or ready if it was preempted just after it started).
"""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time

import _kit

CONNECT_SECONDS = 30
SESSION_SECONDS = 120

SCRIPT = """\
break run_actions
continue
python print("LINE-BEFORE", gdb.selected_frame().find_sal().line)
next
python print("LINE-AFTER", gdb.selected_frame().find_sal().line, gdb.selected_frame().name())
threads
btthread idle
plist all_list thread allelem
python
for argument in ("schedule", "0x10", "initial_thread"):
    try:
        gdb.execute("btthread " + argument, to_string=True)
        print("ACCEPTED", argument)
    except gdb.error as error:
        print("REFUSED", argument, "--", error)
end
continue
"""

# What the session must show, each a pattern and what it means.
EXPECTED = [
    (r"Breakpoint 1, run_actions \(", "the breakpoint in run_actions() was "
     "not hit"),
    (r"^\*\s+1\s+main\s+THREAD_RUNNING\s+\d+\s+0x", "`threads` does not "
     "show main, tid 1, running and marked *"),
    (r"^\s+2\s+idle\s+THREAD_(BLOCKED|READY)\s+\d+\s+0x", "`threads` does "
     "not show idle, tid 2, switched out"),
    (r"^thread 2 'idle' \(THREAD_(BLOCKED|READY)\):\n#0 .*\bschedule \(\)",
     "`btthread idle` does not start in schedule()"),
    (r"^#\d+ .*\bidle \(.*\n(#\d+ .*\n)*#\d+ .*\bswitch_entry \(\)",
     "`btthread idle` does not go down to idle() and switch_entry"),
    (r"^\[0\] \(struct thread \*\) 0x[0-9a-f]+ = \{tid = 1, .*name = "
     r"\"main\"", "`plist` does not show main first"),
    (r"^\[1\] \(struct thread \*\) 0x[0-9a-f]+ = \{tid = 2, .*name = "
     r"\"idle\"", "`plist` does not show idle second"),
    (r"^2 elements$", "`plist` did not count 2 elements"),
    (r"^REFUSED schedule -- 'schedule' is no thread's name or tid, and "
     r"0x[0-9a-f]+ is not a struct thread", "`btthread schedule` (a "
     "function, not a thread) was not refused clearly"),
    (r"^REFUSED 0x10 -- .*0x10 is not a struct thread", "`btthread 0x10` "
     "was not refused clearly"),
    (r"^ACCEPTED initial_thread$", "`btthread initial_thread`, an "
     "expression for a real thread, was refused"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_listener(port, simulator):
    """Polls until QEMU accepts connections on PORT (or has died)."""
    deadline = time.monotonic() + CONNECT_SECONDS
    while time.monotonic() < deadline and simulator.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise _kit.KitFailure(f"QEMU never listened on port {port}")


def check_steps(output):
    before = re.search(r"^LINE-BEFORE (\d+)$", output, re.M)
    after = re.search(r"^LINE-AFTER (\d+) run_actions$", output, re.M)
    _kit.expect(before and after and int(after.group(1)) > int(before.group(1)),
                "`next` did not move to a later line of run_actions()", output)


def session(port, script_path):
    gdb = subprocess.run(
        [sys.executable, os.path.join(_kit.UTILS, "skiff-gdb"), "--port",
         str(port), "--", "-batch", "-x", script_path], cwd=_kit.THREADS,
        stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=SESSION_SECONDS)
    return gdb.stdout + gdb.stderr


def check_magic_agrees():
    """The gdb macros' THREAD_MAGIC is the kernel's."""
    with open(os.path.join(_kit.THREADS, "thread.c")) as f:
        kernel = re.search(r"#define THREAD_MAGIC (0x[0-9a-f]+)", f.read())
    with open(os.path.join(_kit.UTILS, "gdb", "kernel_threads.py")) as f:
        macros = re.search(r"^THREAD_MAGIC = (0x[0-9a-f]+)", f.read(), re.M)
    _kit.expect(kernel and macros and kernel.group(1) == macros.group(1),
                "THREAD_MAGIC differs between threads/thread.c and "
                "utils/gdb/kernel_threads.py")


def main():
    check_magic_agrees()
    _kit.build_threads_kernel()
    port = free_port()
    simulator = subprocess.Popen(
        [sys.executable, _kit.SKIFF, "--gdb", "--gdb-port", str(port),
         "-T", str(SESSION_SECONDS), "--", "-q"], cwd=_kit.THREADS,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_listener(port, simulator)
        with tempfile.NamedTemporaryFile("w", suffix=".gdb") as script:
            script.write(SCRIPT)
            script.flush()
            output = session(port, script.name)
        kernel_output, _ = simulator.communicate(timeout=SESSION_SECONDS)
    finally:
        if simulator.poll() is None:
            simulator.kill()
    for pattern, problem in EXPECTED:
        _kit.expect(re.search(pattern, output, re.M), problem, output)
    check_steps(output)
    _kit.expect("Powering off..." in kernel_output, "after the session the "
                "kernel did not run to its end", kernel_output)


_kit.run_test(main)
