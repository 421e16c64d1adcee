# A system call whose number and argument lie in two pages works.
from skiffcheck import *
expect('''
(sc-boundary) begin
sc-boundary: exit(42)
''')
