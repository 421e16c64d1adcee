# No mapping at an address off a page boundary.
from skiffcheck import *
expect('''
(mmap-misalign) begin
(mmap-misalign) refused
(mmap-misalign) the same file maps at a good address
mmap-misalign: exit(0)
''')
