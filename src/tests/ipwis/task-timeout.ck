# An infinite loop without an exception program: timed out, one penalty.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-timeout")
expect("""
(task-timeout) begin
(task-timeout) task 1: timed out (overran its max-time of 20 ticks (penalty 1))
(task-timeout) penalties: program local:/spin.wasm: 1
(task-timeout) penalties: caller alice: 1
(task-timeout) end
""")
