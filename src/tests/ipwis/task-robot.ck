# The seed's delivery robot on time: an approved entry program reads its
# metadata, reports status, requests its reserved program and waits for it.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat", "data/map7.txt")
kernel_args("-q", "-ipsis", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-robot")
expect("""
(task-robot) begin
(task-robot) task 1: done (status: task 1, caller alice, callee delivery-robot, created 2026-12-03T07:00:00Z)
(task-robot)   output receipt=delivered
(task-robot) task 2: done (finished)
(task-robot)   output map=district 7 map
(task-robot) end
""")
