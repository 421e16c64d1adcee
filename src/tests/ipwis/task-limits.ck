# Attack: trees too large, too deep, malformed or not text are refused with
# the line; one needing a GPU is delegated.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-limits")
expect("""
(task-limits) begin
(task-limits) a tree of 17000 bytes:
(task-limits) refused: line 0: the tree has more than 16384 bytes
(task-limits) a tree nested 5 deep:
(task-limits) refused: line 23: subprograms nest at most 4 deep
(task-limits) a tree with a field out of order:
(task-limits) refused: line 5: `program` is missing before this line
(task-limits) a tree that is not text:
(task-limits) refused: line 2: only printable ASCII is allowed (no tabs, no carriage returns)
(task-limits) a tree needing a GPU:
(task-limits) delegated: delegate: the root needs 1 GPUs and this machine has 0
(task-limits) end
""")
