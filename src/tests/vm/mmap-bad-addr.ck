# No mapping at a bad address.
from skiffcheck import *
expect('''
(mmap-bad-addr) begin
(mmap-bad-addr) at 0: refused
(mmap-bad-addr) misaligned: refused
(mmap-bad-addr) in the kernel: refused
(mmap-bad-addr) running into the kernel: refused
(mmap-bad-addr) the same file maps at a good address
mmap-bad-addr: exit(0)
''')
