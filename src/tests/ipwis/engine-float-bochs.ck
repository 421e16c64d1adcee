# engine-float under Bochs, whose FPU is emulated apart from QEMU's:
# the same bits.
from skiffcheck import *

kernel_test()
files("wasm/floats.wasm")
runner_args("--bochs")
kernel_args("-q", "-f", "extract", "test", "engine-float")
expect("""
(engine-float) begin
(engine-float) f64 chain of 200000 steps: 0x3ff585145f2aab9b
(engine-float) f32 chain of 200000 steps: 0x40001a37
(engine-float) min (-0, +0) and max (+0, -0): 0x8000000000000000
(engine-float) min with a NaN is a NaN: 0x1
(engine-float) 2^53 + 1 converted to f64: 0x4340000000000000
(engine-float) nearest (-2.5): 0xc000000000000000
(engine-float) end
""")
