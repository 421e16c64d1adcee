# Exit writes mappings back.
from skiffcheck import *
expect('''
(mmap-exit) begin
mmap-exit: exit(0)
(mmap-exit) the child wrote and exited
(mmap-exit) its writes reached the file
mmap-exit: exit(0)
''')
