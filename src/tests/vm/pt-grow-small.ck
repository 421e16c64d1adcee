# Many small stack frames grow the stack one page at a time.
from skiffcheck import *
expect('''
(pt-grow-small) begin
(pt-grow-small) 400 frames deep and back
pt-grow-small: exit(0)
''')
