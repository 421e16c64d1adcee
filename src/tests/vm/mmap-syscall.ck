# Mapped pages as system-call buffers.
from skiffcheck import *
expect('''
(mmap-syscall) begin
(mmap-syscall) read into the mapping
(mmap-syscall) the read reached the mapped file
(mmap-syscall) write from the mapping
(mmap-syscall) the copy is right
mmap-syscall: exit(0)
''')
