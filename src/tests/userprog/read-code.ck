# read() into the read-only code segment kills the caller.
from skiffcheck import *
expect('''
(read-code) begin
(read-code) open my own executable
read-code: exit(-1)
''')
