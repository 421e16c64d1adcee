# A system call with the stack pointer in kernel memory kills the caller.
from skiffcheck import *
expect('''
(sc-bad-sp) begin
sc-bad-sp: exit(-1)
''')
