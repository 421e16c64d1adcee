# Two instances of one module, each in a kernel thread of its own, run
# long loops at once: the timer preempts each in the middle of its loop,
# and each ends with the result it gets alone (computed on the host).
from skiffcheck import *

kernel_test()
files("wasm/engine.wasm")
kernel_args("-q", "-f", "extract", "test", "engine-threads")
expect("""
(engine-threads) begin
(engine-threads) instance 0: 0xd93ea4c1 after 3000000 steps
(engine-threads) instance 1: 0xd93ea4c1 after 3000000 steps
(engine-threads) each instance saw the other run in the middle of its loop
(engine-threads) end
""")
