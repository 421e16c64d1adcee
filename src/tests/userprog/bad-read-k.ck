# Reading kernel memory kills the process.
from skiffcheck import *
expect('''
(bad-read-k) begin
bad-read-k: exit(-1)
''')
