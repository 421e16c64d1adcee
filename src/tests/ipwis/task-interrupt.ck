# Interrupt mode: an approved entry program grants `beep' from the boot's
# table; its ring-3 program runs with the grant's arguments and exits, and
# the entry waits for it (wait_any) and reports done. An entry that does
# not wait still ends only after the process has.
from skiffcheck import *

kernel_test()
files("wasm/grant.wasm", "wasm/grantgo.wasm", "wasm/grantw.wasm", "wasm/hello.wasm",
      "irq-hello", "irq-crash")
kernel_args("-q", "-caller-key=alice:a11ce0", "-interrupt=beep:irq-hello",
            "-interrupt=crash:irq-crash", "-interrupt=gone:irq-gone", "-f", "extract",
            "test", "task-interrupt")
expect("""
(task-interrupt) begin
(irq-hello) argv[0] = 'irq-hello'
(irq-hello) argv[1] = 'from'
(irq-hello) argv[2] = 'entry'
irq-hello: exit(0)
(task-interrupt) task 1: done (status: granted, done)
(task-interrupt) task 2: done (interrupt beep: irq-hello, exit(0))
(task-interrupt) an entry program that does not wait for its grant:
(irq-hello) argv[0] = 'irq-hello'
(irq-hello) argv[1] = 'no'
(irq-hello) argv[2] = 'wait'
irq-hello: exit(0)
(task-interrupt) task 3: done (finished)
(task-interrupt) task 4: done (interrupt beep: irq-hello, exit(0))
(task-interrupt) end
""")
