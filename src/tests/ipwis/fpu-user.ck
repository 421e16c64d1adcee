# A child process starts with a fresh FPU state, and its own never
# reaches its parent's registers.
from skiffcheck import *

expect("""
(fpu-user) begin
(fpu-user) child: x87 control word 0x037f, MXCSR 0x1f80
fpu-user: exit(0)
(fpu-user) parent: x87 stack still pi, 1, MXCSR 0x7f80
(fpu-user) end
fpu-user: exit(0)
""")
