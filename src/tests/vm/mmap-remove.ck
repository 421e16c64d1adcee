# A removed file stays mapped.
from skiffcheck import *
expect('''
(mmap-remove) begin
(mmap-remove) removed the file
(mmap-remove) the mapping still works
(mmap-remove) the new file is untouched
mmap-remove: exit(0)
''')
