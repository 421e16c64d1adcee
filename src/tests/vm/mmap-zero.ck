# A zero-length mapping is refused.
from skiffcheck import *
expect('''
(mmap-zero) begin
(mmap-zero) created an empty file
(mmap-zero) refused
(mmap-zero) a 1-byte file maps there
mmap-zero: exit(0)
''')
