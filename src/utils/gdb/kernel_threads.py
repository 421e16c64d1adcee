"""gdb commands for the kernel's threads (threads/thread.h).

`threads` lists every thread through all_list; `btthread` shows the call
stack of any thread, including one that is switched out, and `btthreads`
does so for all of them.
"""

import gdb

import kernel_lists

PAGE_MASK = ~0xfff & 0xffffffff
# The value of a healthy struct thread's `magic' (THREAD_MAGIC in
# threads/thread.c; the kit test gdb.py checks that the two agree).
THREAD_MAGIC = 0x5c1ff0da

# What switch_threads() (threads/switch.S) leaves at a switched-out
# thread's saved stack pointer, lowest address first: the four registers
# it pushed, then its return address.
SWITCH_FRAME = ("edi", "esi", "ebx", "ebp", "eip")
WORD = 4


def each_thread():
    """Each struct thread *, in the order of all_list."""
    try:
        all_list = gdb.parse_and_eval("all_list")
    except gdb.error:
        raise gdb.GdbError("no `all_list` here: load the kernel's symbols "
                           "(build/kernel.o) first")
    for elem in kernel_lists.elements(all_list):
        yield kernel_lists.entry(elem, "thread", "allelem")


def running_thread():
    """The address of the running thread's struct: the start of the page
    its stack pointer is in."""
    return int(gdb.parse_and_eval("$esp")) & PAGE_MASK


def name_of(thread):
    """THREAD's name; bytes that are not text (a struct that was
    overwritten) show as replacement characters."""
    return thread["name"].string(errors="replace")


def find_thread(argument):
    """The thread named by ARGUMENT: a tid, a thread name, or an
    expression for a struct thread *.  An expression is trusted only if it
    points at a struct thread with its magic intact: a name like `schedule'
    is also a C symbol, and would otherwise show garbage."""
    threads = list(each_thread())
    for thread in threads:
        if argument in (str(int(thread["tid"])), name_of(thread)):
            return thread
    names = ", ".join(f"{int(t['tid'])} {name_of(t)}" for t in threads)
    try:
        value = gdb.parse_and_eval(argument)
        address = int(value.cast(gdb.lookup_type("unsigned long")))
    except gdb.error:
        raise gdb.GdbError(f"no thread '{argument}'; the threads are: {names}")
    thread = gdb.Value(address).cast(
        kernel_lists.struct_type("thread").pointer())
    if not has_magic(thread):
        raise gdb.GdbError(f"'{argument}' is no thread's name or tid, and "
                           f"{address:#x} is not a struct thread (its magic "
                           f"is not {THREAD_MAGIC:#x}); the threads are: "
                           f"{names}")
    return thread


def has_magic(thread):
    """Whether THREAD, a struct thread *, can be read and holds
    THREAD_MAGIC where a struct thread keeps it."""
    try:
        return int(thread["magic"]) == THREAD_MAGIC
    except gdb.MemoryError:
        return False


class ListThreads(gdb.Command):
    """List every thread: tid, name, status, priority, struct address.
Usage: threads
The running thread is marked with *."""

    def __init__(self):
        super().__init__("threads", gdb.COMMAND_STACK)

    def invoke(self, argument, from_tty):
        running = running_thread()
        print(f"  {'tid':>4}  {'name':<16}{'status':<16}{'priority':>8}  "
              f"struct thread")
        for t in each_thread():
            mark = "*" if int(t) == running else " "
            print(f"{mark} {int(t['tid']):>4}  {name_of(t):<16}"
                  f"{str(t['status']):<16}{int(t['priority']):>8}  {t}")


def saved_registers(thread):
    """The registers THREAD will resume with, read from the frame
    switch_threads() left on its stack."""
    stack = int(thread["stack"])
    word = gdb.lookup_type("unsigned int").pointer()
    registers = {name: int(gdb.Value(stack + i * WORD).cast(word).dereference())
                 for i, name in enumerate(SWITCH_FRAME)}
    registers["esp"] = stack + len(SWITCH_FRAME) * WORD
    return registers


def backtrace_of(thread):
    """Runs gdb's backtrace as if THREAD were on the CPU: the registers are
    swapped for its saved ones, and always put back."""
    if int(thread) == running_thread():
        gdb.execute("backtrace")
        return
    current = {name: int(gdb.parse_and_eval(f"${name}"))
               for name in SWITCH_FRAME + ("esp",)}
    try:
        for name, value in saved_registers(thread).items():
            gdb.execute(f"set ${name} = {value}")
        gdb.execute("backtrace")
    finally:
        for name, value in current.items():
            gdb.execute(f"set ${name} = {value}")


def describe(thread):
    return (f"thread {int(thread['tid'])} '{name_of(thread)}' "
            f"({thread['status']}):")


class BacktraceThread(gdb.Command):
    """Show the call stack of one thread, running or not.
Usage: btthread TID|NAME|EXPRESSION
Examples: btthread 2     btthread idle     btthread initial_thread"""

    def __init__(self):
        super().__init__("btthread", gdb.COMMAND_STACK)

    def invoke(self, argument, from_tty):
        if not argument.strip():
            raise gdb.GdbError("usage: btthread TID|NAME|EXPRESSION")
        thread = find_thread(argument.strip())
        print(describe(thread))
        backtrace_of(thread)


class BacktraceThreads(gdb.Command):
    """Show the call stack of every thread.
Usage: btthreads"""

    def __init__(self):
        super().__init__("btthreads", gdb.COMMAND_STACK)

    def invoke(self, argument, from_tty):
        for thread in each_thread():
            print(describe(thread))
            backtrace_of(thread)
            print()


ListThreads()
BacktraceThread()
BacktraceThreads()
