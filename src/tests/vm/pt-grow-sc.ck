# A system call's buffer grows the stack.
from skiffcheck import *
expect('''
(pt-grow-sc) begin
(pt-grow-sc) read 12 kB into untouched stack pages
(pt-grow-sc) they hold the file
pt-grow-sc: exit(0)
''')
