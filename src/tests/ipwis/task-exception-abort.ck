# An infinite loop whose exception program loops too: the exception's own
# overrun aborts the tree (penalties 1 + 2).
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-exception-abort")
expect("""
(task-exception-abort) begin
(task-exception-abort) task 1: aborted (aborted: the exception program overran its own max-time too)
(task-exception-abort) penalties: program local:/spin.wasm: 3
(task-exception-abort) penalties: caller alice: 3
(task-exception-abort) end
""")
