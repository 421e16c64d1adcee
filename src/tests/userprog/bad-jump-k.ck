# Jumping into kernel code kills the process.
from skiffcheck import *
expect('''
(bad-jump-k) begin
bad-jump-k: exit(-1)
''')
