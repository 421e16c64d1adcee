# No mapping at the kernel's first page.
from skiffcheck import *
expect('''
(mmap-kernel) begin
(mmap-kernel) refused
(mmap-kernel) the same file maps at a good address
mmap-kernel: exit(0)
''')
