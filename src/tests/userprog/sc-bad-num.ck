# An unknown system-call number kills the caller.
from skiffcheck import *
expect('''
(sc-bad-num) begin
sc-bad-num: exit(-1)
''')
