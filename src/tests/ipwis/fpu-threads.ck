# The two chains' results were computed on the host (SSE2 doubles, with
# fesetround) by the same iteration: the kernel must not change a bit.
from skiffcheck import *

kernel_test()
expect("""
(fpu-threads) begin
(fpu-threads) thread 0, rounding to nearest: 0x3fd71fe3143ef267, as when alone
(fpu-threads) thread 1, rounding toward zero: 0x3fe88c5f125ba715, as when alone
(fpu-threads) each thread saw the other run in the middle of its chain
(fpu-threads) the main thread's own FPU state survived
(fpu-threads) end
""")
