# Attack: no import reaches kernel mode, and no module loads in it; the
# kernel runs on.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-kernel-mode")
expect("""
(task-kernel-mode) begin
(task-kernel-mode) task 1: failed (imports ipwis.kernel_halt, which IPWIS does not provide)
(task-kernel-mode) a module in kernel mode: no module runs in kernel mode: it exists only as authenticated commands from outside
(task-kernel-mode) task 2: done (finished)
(task-kernel-mode)   output greeting=hello
(task-kernel-mode) end
""")
