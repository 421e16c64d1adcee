# Writing address 0 kills the process.
from skiffcheck import *
expect('''
(bad-write) begin
bad-write: exit(-1)
''')
