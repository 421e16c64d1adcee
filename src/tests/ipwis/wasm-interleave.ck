# The two results were computed on the host by the same LCG over a zeroed
# 64 kB memory (seeds 1 and 2, 12000 steps each).
from skiffcheck import *

kernel_test()
files("wasm/churn.wasm")
expect("""
(wasm-interleave) begin
(wasm-interleave) instance 1, seed 1: 0xc88b32ee, as when alone
(wasm-interleave) instance 2, seed 2: 0xa97ce0e6, as when alone
(wasm-interleave) each instance saw the other run in the middle of its loop
(wasm-interleave) every byte the engine was given came back
(wasm-interleave) end
""")
