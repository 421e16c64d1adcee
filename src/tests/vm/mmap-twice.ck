# One file mapped twice.
from skiffcheck import *
expect('''
(mmap-twice) begin
(mmap-twice) two different ids
(mmap-twice) both show the file
(mmap-twice) the second outlives the first
mmap-twice: exit(0)
''')
