# A system-call number half in an unmapped page kills the caller.
from skiffcheck import *
expect('''
(sc-straddle) begin
sc-straddle: exit(-1)
''')
