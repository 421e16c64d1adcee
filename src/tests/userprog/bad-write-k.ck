# Writing kernel memory kills the process.
from skiffcheck import *
expect('''
(bad-write-k) begin
bad-write-k: exit(-1)
''')
