# exec() with an unmapped command line kills the caller.
from skiffcheck import *
expect('''
(exec-badptr) begin
exec-badptr: exit(-1)
''')
