# Writing to its own read-only code kills the process.
from skiffcheck import *
expect('''
(write-code) begin
write-code: exit(-1)
''')
