# No mapping over the stack's region.
from skiffcheck import *
expect('''
(mmap-over-stk) begin
(mmap-over-stk) over the stack: refused
(mmap-over-stk) in its region: refused
(mmap-over-stk) across its end: refused
(mmap-over-stk) just below it: mapped
mmap-over-stk: exit(0)
''')
