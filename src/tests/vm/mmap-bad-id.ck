# munmap of a bad id is harmless.
from skiffcheck import *
expect('''
(mmap-bad-id) begin
(mmap-bad-id) the mapping survived
mmap-bad-id: exit(0)
''')
