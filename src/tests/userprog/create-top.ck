# create() with a name that runs past the top of user memory kills the caller.
from skiffcheck import *
expect('''
(create-top) begin
create-top: exit(-1)
''')
