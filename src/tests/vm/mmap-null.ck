# No mapping at address 0.
from skiffcheck import *
expect('''
(mmap-null) begin
(mmap-null) refused
(mmap-null) the same file maps at a good address
mmap-null: exit(0)
''')
