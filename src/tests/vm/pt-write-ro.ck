# Read-only data stays read-only.
from skiffcheck import *
expect('''
(pt-write-ro) begin
(pt-write-ro) table[2] is 3
pt-write-ro: exit(-1)
''')
