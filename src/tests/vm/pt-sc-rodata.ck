# The kernel does not write into read-only pages for a system call.
from skiffcheck import *
expect('''
(pt-sc-rodata) begin
pt-sc-rodata: exit(-1)
''')
