# An access far below esp is not stack growth.
from skiffcheck import *
expect('''
(pt-grow-bad) begin
pt-grow-bad: exit(-1)
''')
