# The robot never finishes: past its max-time its exception program takes
# over its state (the reserved program's map) and delivers; one penalty.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat", "data/map7.txt")
kernel_args("-q", "-ipsis", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-robot-stuck")
expect("""
(task-robot-stuck) begin
(task-robot-stuck) task 1: done (overran 100 ticks; exception program recover recovered (penalty 1))
(task-robot-stuck)   output receipt=district 7 map, recovered
(task-robot-stuck) task 2: done (finished)
(task-robot-stuck)   output map=district 7 map
(task-robot-stuck) penalties: program local:/deliver.wasm: 1
(task-robot-stuck) penalties: caller alice: 1
(task-robot-stuck) end
""")
