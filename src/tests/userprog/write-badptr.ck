# write() from an unmapped buffer kills the caller.
from skiffcheck import *
expect('''
(write-badptr) begin
write-badptr: exit(-1)
''')
