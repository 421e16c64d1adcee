# create() with a name in kernel memory kills the caller.
from skiffcheck import *
expect('''
(create-kernel) begin
create-kernel: exit(-1)
''')
