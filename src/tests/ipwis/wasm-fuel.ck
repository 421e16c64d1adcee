# COUNT steps cost one unit of fuel each (the loop's taken branch), and
# the call one more: 100000 units in turns of 7000 run out 14 times.
from skiffcheck import *

kernel_test()
files("wasm/spin.wasm")
expect("""
(wasm-fuel) begin
(wasm-fuel) count to 100000 without a limit: 100000
(wasm-fuel) count to 100000 on 7000 units of fuel at a time: the same, after running out 14 times
(wasm-fuel) an endless loop on 5000 units of fuel: stopped, 0 left
(wasm-fuel) abandoned; the next call returns 7
(wasm-fuel) a bottomless recursion: trap: call stack exhausted
(wasm-fuel) memory.grow by a page, twice, with 96 kB of budget left: 1 (the old size in pages), then -1 (refused)
(wasm-fuel) every byte and every page the engine was given came back
(wasm-fuel) end
""")
