# open() with an unmapped name kills the caller.
from skiffcheck import *
expect('''
(open-badptr) begin
open-badptr: exit(-1)
''')
