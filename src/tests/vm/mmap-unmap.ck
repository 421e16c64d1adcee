# An unmapped page is gone.
from skiffcheck import *
expect('''
(mmap-unmap) begin
(mmap-unmap) unmapped
mmap-unmap: exit(-1)
''')
