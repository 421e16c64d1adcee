# A running task cancelled by its caller; a finished one cannot be.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-cancel")
expect("""
(task-cancel) begin
(task-cancel) task 1: running ()
(task-cancel) cancel: yes
(task-cancel) task 1: aborted (cancelled by its caller)
(task-cancel) cancel again: no
(task-cancel) end
""")
