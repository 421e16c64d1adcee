# read() into kernel memory kills the caller.
from skiffcheck import *
expect('''
(read-kernel) begin
(read-kernel) open my own executable
read-kernel: exit(-1)
''')
