# A reserved program must be requested before its parent finishes: a parent
# that never requested one fails, saying which.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-reserved-missing")
expect("""
(task-reserved-missing) begin
(task-reserved-missing) task 1: failed (reserved program promised was not requested before its parent finished)
(task-reserved-missing)   output greeting=hello
(task-reserved-missing) end
""")
