# A 64 kB local array: the stack grows page by page.
from skiffcheck import *
expect('''
(pt-grow-big) begin
(pt-grow-big) 64 kB on the stack hold their bytes
pt-grow-big: exit(0)
''')
