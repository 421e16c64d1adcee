# Mappings are not inherited.
from skiffcheck import *
expect('''
(mmap-inherit) begin
mmap-inherit: exit(-1)
(mmap-inherit) the child died touching it
(mmap-inherit) the parent's mapping is intact
mmap-inherit: exit(0)
''')
