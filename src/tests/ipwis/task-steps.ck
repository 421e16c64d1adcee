# A multi-step tree: the entry program starts step2 when step1 finishes
# (step2's input is step1's output); every change of state is pushed to
# the listener, as the runtime's watch sees it.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-steps")
expect("""
(task-steps) begin
(task-steps) task 1: done (status: step 2 done)
(task-steps) task 2: done (finished)
(task-steps)   output out=raw+1
(task-steps) task 3: done (finished)
(task-steps)   output out=raw+1+2
(task-steps) event: task 1 admitted
(task-steps) event: task 1 running
(task-steps) event: task 2 admitted
(task-steps) event: task 1 waiting
(task-steps) event: task 2 running
(task-steps) event: task 2 done: finished
(task-steps) event: task 1 running
(task-steps) event: task 1 running: status: step 1 done
(task-steps) event: task 3 admitted
(task-steps) event: task 1 waiting: status: step 1 done
(task-steps) event: task 3 running
(task-steps) event: task 3 done: finished
(task-steps) event: task 1 running: status: step 1 done
(task-steps) event: task 1 running: status: step 2 done
(task-steps) event: task 1 done: status: step 2 done
(task-steps) end
""")
