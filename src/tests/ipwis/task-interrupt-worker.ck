# Attack: a worker importing grant_interrupt (entry only) is refused at
# load; a grant by an entry program right after works as usual.
from skiffcheck import *

kernel_test()
files("wasm/grant.wasm", "wasm/grantgo.wasm", "wasm/grantw.wasm", "wasm/hello.wasm",
      "irq-hello", "irq-crash")
kernel_args("-q", "-caller-key=alice:a11ce0", "-interrupt=beep:irq-hello",
            "-interrupt=crash:irq-crash", "-interrupt=gone:irq-gone", "-f", "extract",
            "test", "task-interrupt-worker")
expect("""
(task-interrupt-worker) begin
(task-interrupt-worker) task 1: failed (worker mode may not import ipwis.grant_interrupt (allowed in: entry))
(irq-hello) argv[0] = 'irq-hello'
(irq-hello) argv[1] = 'from'
(irq-hello) argv[2] = 'entry'
irq-hello: exit(0)
(task-interrupt-worker) task 2: done (status: granted, done)
(task-interrupt-worker) task 3: done (interrupt beep: irq-hello, exit(0))
(task-interrupt-worker) end
""")
