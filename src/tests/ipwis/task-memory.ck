# Attack: memory growth past the tree's need (512 kB: 7 pages with the
# stacks) or past what the user pool can give at once is refused by
# memory.grow; the kernel runs the next task as usual.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-memory")
expect("""
(task-memory) begin
(task-memory) task 1: failed (run returned 6)
(task-memory) task 2: failed (run returned 8)
(task-memory) task 3: done (finished)
(task-memory)   output greeting=hello
(task-memory) end
""")
