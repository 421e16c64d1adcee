# Reading a mapped file.
from skiffcheck import *
expect('''
(mmap-read) begin
(mmap-read) the mapping shows the file
(mmap-read) and zeros past its end
mmap-read: exit(0)
''')
