# Writing a mapped file.
from skiffcheck import *
expect('''
(mmap-write) begin
(mmap-write) the file holds what was written to memory
mmap-write: exit(0)
''')
