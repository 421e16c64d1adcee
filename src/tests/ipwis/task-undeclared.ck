# Attack: a worker requests its reserved program twice, an undeclared child
# and a grandchild: all three refused; an approved entry program run as a
# requested subprogram is a worker, and refused for importing task_metadata.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-undeclared")
expect("""
(task-undeclared) begin
(task-undeclared) task 1: done (finished)
(task-undeclared)   output refused=3
(task-undeclared) task 2: failed (worker mode may not import ipwis.task_metadata (allowed in: entry))
(task-undeclared) end
""")
