# A grant of a name the boot's table does not hold returns -1; the entry
# runs on and finishes, and the next task runs as usual.
from skiffcheck import *

kernel_test()
files("wasm/grant.wasm", "wasm/grantgo.wasm", "wasm/grantw.wasm", "wasm/hello.wasm",
      "irq-hello", "irq-crash")
kernel_args("-q", "-caller-key=alice:a11ce0", "-interrupt=beep:irq-hello",
            "-interrupt=crash:irq-crash", "-interrupt=gone:irq-gone", "-f", "extract",
            "test", "task-interrupt-unknown")
expect("""
(task-interrupt-unknown) begin
(task-interrupt-unknown) task 1: done (status: refused)
(task-interrupt-unknown) task 2: done (finished)
(task-interrupt-unknown)   output greeting=hello
(task-interrupt-unknown) end
""")
