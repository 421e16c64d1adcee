# System-call number -1 kills the caller.
from skiffcheck import *
expect('''
(sc-neg-num) begin
sc-neg-num: exit(-1)
''')
