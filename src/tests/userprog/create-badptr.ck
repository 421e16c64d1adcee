# create() with an unmapped name kills the caller.
from skiffcheck import *
expect('''
(create-badptr) begin
create-badptr: exit(-1)
''')
