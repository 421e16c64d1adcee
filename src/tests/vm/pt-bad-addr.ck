# An address the process has no page for kills it.
from skiffcheck import *
expect('''
(pt-bad-addr) begin
pt-bad-addr: exit(-1)
''')
