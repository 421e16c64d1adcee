"""The VS Code files in .vscode/: they parse, every task names commands and
make targets that exist, the inputs cover the kit's phases, every debug
configuration starts a task that exists, and the debugging action works:
its task starts a test paused, prints the line the task waits for, and gdb
set up as the configuration says (symbols, Skiff's commands, QEMU's stub)
stops at a breakpoint in the test and lists the kernel's threads.
"""

import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time

import _kit

TOP = os.path.dirname(_kit.SRC)
VSCODE = os.path.join(TOP, ".vscode")
# The test the debugging check runs, and where it stops.
DEBUG_PHASE, DEBUG_TEST, BREAKPOINT = "threads", "alarm-zero", "run_test"
WAIT_SECONDS = 60
INPUT = re.compile(r"\$\{input:([^}]+)\}")


def read_jsonc(name):
    """A VS Code file: JSON, with whole-line // comments."""
    with open(os.path.join(VSCODE, name)) as f:
        text = "".join(line for line in f
                       if not line.lstrip().startswith("//"))
    try:
        return json.loads(text)
    except ValueError as error:
        raise _kit.KitFailure(f".vscode/{name} does not parse: {error}")


def phases():
    return sorted(name for name in os.listdir(_kit.SRC)
                  if os.path.isfile(os.path.join(_kit.SRC, name, "Make.vars")))


def substitute(text, values):
    text = text.replace("${workspaceFolder}", TOP)
    return INPUT.sub(lambda m: values[m.group(1)], text)


def task_cwd(task, values):
    return substitute(task.get("options", {}).get("cwd", "${workspaceFolder}"),
                      values)


def check_command(task, values):
    """Each command of TASK's shell line exists; make's targets exist."""
    cwd = task_cwd(task, values)
    for part in substitute(task["command"], values).split("&&"):
        words = shlex.split(part)
        program = words[0]
        _kit.expect(shutil.which(program) or os.access(
            os.path.join(cwd, program), os.X_OK),
            f"task '{task['label']}' runs {program}, which does not exist")
        if program == "make":
            result = subprocess.run(["make", "-n"] + words[1:], cwd=cwd,
                                    stdin=subprocess.DEVNULL,
                                    capture_output=True, text=True)
            _kit.expect(result.returncode == 0, f"task '{task['label']}': "
                        f"`{part.strip()}` is not a make command that works",
                        result.stderr)


def check_tasks(tasks):
    inputs = {i["id"]: i for i in tasks["inputs"]}
    _kit.expect(inputs["phase"]["options"] == phases(), f"the phase input "
                f"offers {inputs['phase']['options']}, not {phases()}")
    labels = [task["label"] for task in tasks["tasks"]]
    _kit.expect(len(set(labels)) == len(labels), "two tasks share a label")
    for task in tasks["tasks"]:
        used = set(INPUT.findall(json.dumps(task)))
        _kit.expect(used <= set(inputs), f"task '{task['label']}' uses an "
                    f"undefined input: {sorted(used - set(inputs))}")
        for phase in inputs["phase"]["options"]:
            values = {"phase": phase, "test": inputs["test"]["default"]}
            check_command(task, values)
    return {task["label"]: task for task in tasks["tasks"]}


def check_launch(launch, tasks):
    """Every phase has a debug configuration whose task exists; returns
    the configurations by phase."""
    by_phase = {}
    for config in launch["configurations"]:
        task = tasks.get(config.get("preLaunchTask"))
        _kit.expect(task is not None, f"debug configuration "
                    f"'{config['name']}' starts no task of tasks.json")
        phase = os.path.basename(substitute(config["cwd"], {}))
        by_phase[phase] = (config, task)
        for command in config["setupCommands"]:
            sourced = re.match(r"source (\S+)$", command["text"])
            _kit.expect(not sourced or os.path.isfile(substitute(
                sourced.group(1), {})), f"'{config['name']}' sources a "
                f"file that does not exist: {command['text']}")
        _kit.expect(shutil.which(config["miDebuggerPath"]),
                    f"'{config['name']}' needs {config['miDebuggerPath']}")
        port = config["miDebuggerServerAddress"].rsplit(":", 1)[1]
        _kit.expect(f"--gdb-port {port}" in task["command"],
                    f"'{config['name']}' attaches to port {port}, where its "
                    f"task does not start QEMU")
    _kit.expect(sorted(by_phase) == phases(), f"debug configurations for "
                f"{sorted(by_phase)}, not for every phase {phases()}")
    return by_phase


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(process, pattern):
    """Reads PROCESS's output until a line matches PATTERN; returns what
    was read."""
    seen, deadline = "", time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            seen += os.read(process.stdout.fileno(), 4096).decode(
                errors="replace")
            if re.search(pattern, seen, re.M):
                return seen
    raise _kit.KitFailure(f"the debug task never printed /{pattern}/:\n"
                          f"{seen}")


def gdb_session(config, port):
    """gdb set up as CONFIG says, attached to PORT, in batch mode."""
    setup = [word for command in config["setupCommands"]
             for word in ("-ex", substitute(command["text"], {}))]
    argv = [config["miDebuggerPath"], "-q", "-batch"] + setup + [
        "-ex", f"file {substitute(config['program'], {})}",
        "-ex", f"target remote localhost:{port}",
        "-ex", f"break {BREAKPOINT}", "-ex", "continue", "-ex", "threads",
        "-ex", "kill"]
    result = subprocess.run(argv, cwd=substitute(config["cwd"], {}),
                            stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, timeout=WAIT_SECONDS)
    return result.stdout + result.stderr


def check_debugging(config, task):
    """Runs the debug action as VS Code would, on a port of our own."""
    port = free_port()
    command = substitute(task["command"], {"test": DEBUG_TEST}).replace(
        "--gdb-port 1234", f"--gdb-port {port}")
    process = subprocess.Popen(["sh", "-c", command],
                               cwd=task_cwd(task, {}), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        wait_for(process, task["problemMatcher"]["background"]["endsPattern"])
        output = gdb_session(config, port)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    _kit.expect(re.search(rf"Breakpoint 1, {BREAKPOINT} \(", output),
                f"gdb did not stop at {BREAKPOINT}()", output)
    _kit.expect(re.search(r"^\*\s+1\s+main\s+THREAD_RUNNING", output, re.M),
                "Skiff's `threads` command did not list main", output)


def main():
    _kit.build_threads_kernel()
    tasks = check_tasks(read_jsonc("tasks.json"))
    debug = check_launch(read_jsonc("launch.json"), tasks)
    for name in ("extensions.json", "settings.json"):
        read_jsonc(name)
    check_debugging(*debug[DEBUG_PHASE])


_kit.run_test(main)
