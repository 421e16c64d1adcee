# The expected bits were computed on the host by the same arithmetic in C
# (SSE2, round to nearest), and agree with the host build of the engine.
from skiffcheck import *

kernel_test()
files("wasm/floats.wasm")
expect("""
(wasm-floats) begin
(wasm-floats) mandel 24: 8886 iterations
(wasm-floats) harmonic 10000: 0x40239341192de2a6
(wasm-floats) roots 10000: 0x4922c5c3
(wasm-floats) 1e308 * 10 / 10: 0x7ff0000000000000
(wasm-floats) -(signalling NaN): 0xffa00000
(wasm-floats) min (0, -0): 0x8000000000000000
(wasm-floats) nearest (2.5): 0x40000000
(wasm-floats) NaN to an integer: trap: invalid conversion to integer
(wasm-floats) every byte the engine was given came back
(wasm-floats) end
""")
