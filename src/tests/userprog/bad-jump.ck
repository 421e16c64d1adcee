# Jumping to address 0 kills the process.
from skiffcheck import *
expect('''
(bad-jump) begin
bad-jump: exit(-1)
''')
