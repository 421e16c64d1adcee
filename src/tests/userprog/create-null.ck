# create(NULL) kills the caller.
from skiffcheck import *
expect('''
(create-null) begin
create-null: exit(-1)
''')
