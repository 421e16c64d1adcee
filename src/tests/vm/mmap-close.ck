# Closing the descriptor does not end the mapping.
from skiffcheck import *
expect('''
(mmap-close) begin
(mmap-close) the mapping outlived its descriptor
mmap-close: exit(0)
''')
