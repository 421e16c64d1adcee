# Penalties have an effect: a caller with 8 penalties (8 timeouts) is
# refused; other callers are not.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-penalty-limit")
expect("""
(task-penalty-limit) begin
(task-penalty-limit) refused: caller mallory has 8 penalties: refused
(task-penalty-limit) mallory: 8 penalties
(task-penalty-limit) task 9: done (finished)
(task-penalty-limit)   output greeting=hello
(task-penalty-limit) end
""")
