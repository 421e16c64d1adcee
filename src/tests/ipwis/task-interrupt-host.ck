# Interrupt-mode programs on the host (-interrupt=NAME:@host): the entry
# program's grant becomes the outside call `interrupt NAME ARGS', which a
# stand-in host answers with its command's exit status; a failing
# command, an answer that is not an exit status and no answer at all
# each fail the grant, and a ring-3 program still runs beside them.
from skiffcheck import *

kernel_test()
files("wasm/grant.wasm", "irq-hello")
kernel_args("-q", "-caller-key=alice:a11ce0", "-interrupt=notify:@host",
            "-interrupt=broken:@host", "-interrupt=garbled:@host", "-interrupt=absent:@host",
            "-interrupt=beep:irq-hello", "-f", "extract", "test", "task-interrupt-host")
expect("""
(task-interrupt-host) begin
(task-interrupt-host) host: interrupt notify from entry
(task-interrupt-host) task 1: done (status: granted, done)
(task-interrupt-host) task 2: done (interrupt notify: @host, exit(0))
(task-interrupt-host) host: interrupt broken from entry
(task-interrupt-host) task 3: done (status: granted, failed)
(task-interrupt-host) task 4: failed (interrupt broken: @host, exit(3))
(task-interrupt-host) host: interrupt garbled from entry
(task-interrupt-host) task 5: done (status: granted, failed)
(task-interrupt-host) task 6: failed (interrupt garbled: @host, but the host did not run it)
(task-interrupt-host) host: interrupt absent from entry
(task-interrupt-host) task 7: done (status: granted, failed)
(task-interrupt-host) task 8: failed (interrupt absent: @host, but the host did not run it)
(task-interrupt-host) a ring-3 program beside them:
(irq-hello) argv[0] = 'irq-hello'
(irq-hello) argv[1] = 'from'
(irq-hello) argv[2] = 'entry'
irq-hello: exit(0)
(task-interrupt-host) task 9: done (status: granted, done)
(task-interrupt-host) task 10: done (interrupt beep: irq-hello, exit(0))
(task-interrupt-host) end
""")
