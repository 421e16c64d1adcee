# Bytes past the end of a mapped file stay out of it.
from skiffcheck import *
expect('''
(mmap-tail) begin
(mmap-tail) the file is still 5000 bytes, all written back
mmap-tail: exit(0)
''')
