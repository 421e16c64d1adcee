# Bad descriptors cannot be mapped.
from skiffcheck import *
expect('''
(mmap-bad-fd) begin
(mmap-bad-fd) fd 0 refused
(mmap-bad-fd) fd 1 refused
(mmap-bad-fd) fd 99 refused
(mmap-bad-fd) fd -5 refused
(mmap-bad-fd) a real file maps there
mmap-bad-fd: exit(0)
''')
