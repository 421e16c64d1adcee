# Attack: forged, unknown, altered and replayed trees are refused.
from skiffcheck import *

kernel_test()
files("wasm/deliver.wasm", "wasm/fetch.wasm", "wasm/apology.wasm", "wasm/recover.wasm",
      "wasm/relay.wasm", "wasm/steps.wasm", "wasm/hello.wasm", "wasm/spin.wasm", "wasm/peek.wasm",
      "wasm/spawnw.wasm", "wasm/entrymeta.wasm", "wasm/ask.wasm", "wasm/halt.wasm", "wasm/hog.wasm",
      "wasm/floats.wasm", "wasm/hello.wat")
kernel_args("-q", "-caller-key=alice:a11ce0", "-caller-key=mallory:666d", "-f", "extract",
            "test", "task-forged")
expect("""
(task-forged) begin
(task-forged) alice's tree signed with another key:
(task-forged) refused: line 7: the signature does not match: the tree was changed after it was signed, or not signed with alice's key
(task-forged) a tree from a caller with no key:
(task-forged) refused: line 0: caller `carol` has no key registered
(task-forged) alice's tree with its max-time altered after signing:
(task-forged) refused: line 7: the signature does not match: the tree was changed after it was signed, or not signed with alice's key
(task-forged) alice's tree accepted once as task 1; the same bytes again:
(task-forged) refused: replayed: this signed tree was submitted before
(task-forged) end
""")
