# The robot lost power with no way out: abort ends the tree; two penalties.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat", "data/map7.txt")
kernel_args("-q", "-ipsis", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-robot-abort")
expect("""
(task-robot-abort) begin
(task-robot-abort) task 1: aborted (aborted: lost power, no recovery possible (penalty 2))
(task-robot-abort) task 2: done (finished)
(task-robot-abort)   output map=district 7 map
(task-robot-abort) penalties: program local:/deliver.wasm: 2
(task-robot-abort) penalties: caller alice: 2
(task-robot-abort) end
""")
