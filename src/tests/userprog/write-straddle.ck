# write() from a buffer that runs into kernel memory kills the caller.
from skiffcheck import *
expect('''
(write-straddle) begin
write-straddle: exit(-1)
''')
