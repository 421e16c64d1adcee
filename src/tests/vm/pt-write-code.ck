# A write to code that is not in memory yet still kills.
from skiffcheck import *
expect('''
(pt-write-code) begin
pt-write-code: exit(-1)
''')
