# The WASM engine in the kernel: integer code, memory, tables, a trap,
# and every page it took from the user pool given back.
from skiffcheck import *

kernel_test()
files("wasm/engine.wasm")
kernel_args("-q", "-f", "extract", "test", "engine-run")
expect("""
(engine-run) begin
(engine-run) fib (25): 0x12511
(engine-run) sum of 1000 bytes through memory: 0x1ee34
(engine-run) call_indirect square (12): 0x90
(engine-run) call_indirect double (12): 0x18
(engine-run) memory.grow by 3 pages from 1: 0x1
(engine-run) memory.grow past the module's maximum: 0xffffffff
(engine-run) 7 / 0 traps: integer divide by zero
(engine-run) the instance runs on after a trap: fib (10): 0x37
(engine-run) every page of the user pool given back
(engine-run) end
""")
