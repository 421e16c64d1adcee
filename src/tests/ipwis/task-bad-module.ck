# Bad programs: not WASM, missing, or without `run': each task fails alone.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-bad-module")
expect("""
(task-bad-module) begin
(task-bad-module) task 1: failed (refused: magic header not detected)
(task-bad-module) task 2: failed (no program local:/nothing.wasm)
(task-bad-module) task 3: failed (the module exports no function run: () -> i32)
(task-bad-module) task 4: done (finished)
(task-bad-module)   output greeting=hello
(task-bad-module) end
""")
