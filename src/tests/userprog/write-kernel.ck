# write() from kernel memory kills the caller.
from skiffcheck import *
expect('''
(write-kernel) begin
write-kernel: exit(-1)
''')
