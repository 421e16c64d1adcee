# A privileged instruction kills the process.
from skiffcheck import *
expect('''
(bad-priv) begin
bad-priv: exit(-1)
''')
