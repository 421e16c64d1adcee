# read() into an unmapped buffer kills the caller.
from skiffcheck import *
expect('''
(read-badptr) begin
(read-badptr) open my own executable
read-badptr: exit(-1)
''')
