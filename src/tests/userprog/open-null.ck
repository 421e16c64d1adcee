# open(NULL) kills the caller.
from skiffcheck import *
expect('''
(open-null) begin
open-null: exit(-1)
''')
