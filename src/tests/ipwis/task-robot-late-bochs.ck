# task-robot-late under Bochs: the same tree, the same ends.
from skiffcheck import *

kernel_test()
runner_args("--bochs")
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat", "data/map7.txt")
kernel_args("-q", "-ipsis", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-robot-late")
expect("""
(task-robot-late) begin
(task-robot-late) task 1: done (status: task 1, caller alice, callee delivery-robot, created 2026-12-03T07:00:00Z)
(task-robot-late)   output receipt=delivered late
(task-robot-late) task 2: done (finished)
(task-robot-late)   output map=district 7 map
(task-robot-late) task 3: done (finished)
(task-robot-late)   output sent=alice, late by 15
(task-robot-late) end
""")
