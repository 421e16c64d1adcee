# read() into a buffer that runs past the top of user memory kills the caller.
from skiffcheck import *
expect('''
(read-straddle) begin
(read-straddle) open my own executable
read-straddle: exit(-1)
''')
