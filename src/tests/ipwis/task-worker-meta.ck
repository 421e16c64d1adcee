# Attack: workers importing entry-only calls (task_metadata, spawn_worker)
# are refused at load; the same calls from an approved entry program work.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-worker-meta")
expect("""
(task-worker-meta) begin
(task-worker-meta) task 1: failed (worker mode may not import ipwis.task_metadata (allowed in: entry))
(task-worker-meta) task 2: failed (worker mode may not import ipwis.spawn_worker (allowed in: entry))
(task-worker-meta) task 3: done (status: task 3, caller alice, callee tester, created 2026-12-03T07:00:02Z)
(task-worker-meta) end
""")
