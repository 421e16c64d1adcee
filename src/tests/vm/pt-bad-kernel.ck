# The kernel's half is never the stack's.
from skiffcheck import *
expect('''
(pt-bad-kernel) begin
pt-bad-kernel: exit(-1)
''')
