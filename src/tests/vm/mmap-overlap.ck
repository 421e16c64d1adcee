# Overlapping mappings are refused.
from skiffcheck import *
expect('''
(mmap-overlap) begin
(mmap-overlap) same start refused
(mmap-overlap) last page refused
(mmap-overlap) ending inside refused
(mmap-overlap) the first mapping is intact
mmap-overlap: exit(0)
''')
