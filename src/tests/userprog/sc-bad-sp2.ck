# A system call with the stack pointer in an unmapped page kills the caller.
from skiffcheck import *
expect('''
(sc-bad-sp2) begin
sc-bad-sp2: exit(-1)
''')
