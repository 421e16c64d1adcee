# The ring-3 program of a grant dies on a bad pointer: exit(-1), the
# handle reports failed, the entry runs on. A table entry whose program
# is not on the disk fails the same way; the kernel goes on.
from skiffcheck import *

kernel_test()
files("wasm/grant.wasm", "wasm/grantgo.wasm", "wasm/grantw.wasm", "wasm/hello.wasm",
      "irq-hello", "irq-crash")
kernel_args("-q", "-caller-key=alice:a11ce0", "-interrupt=beep:irq-hello",
            "-interrupt=crash:irq-crash", "-interrupt=gone:irq-gone", "-f", "extract",
            "test", "task-interrupt-fails")
expect("""
(task-interrupt-fails) begin
(irq-crash) begin
irq-crash: exit(-1)
(task-interrupt-fails) task 1: done (status: granted, failed)
(task-interrupt-fails) task 2: failed (interrupt crash: irq-crash, exit(-1))
load: irq-gone: open failed
(task-interrupt-fails) task 3: done (status: granted, failed)
(task-interrupt-fails) task 4: failed (interrupt gone: irq-gone, which could not be started)
(task-interrupt-fails) task 5: done (finished)
(task-interrupt-fails)   output greeting=hello
(task-interrupt-fails) end
""")
