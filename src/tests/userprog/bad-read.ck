# Reading address 0 kills the process.
from skiffcheck import *
expect('''
(bad-read) begin
bad-read: exit(-1)
''')
