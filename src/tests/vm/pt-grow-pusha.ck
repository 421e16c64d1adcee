# The stack grows for pushal.
from skiffcheck import *
expect('''
(pt-grow-pusha) begin
(pt-grow-pusha) the words pushed are there: yes
pt-grow-pusha: exit(0)
''')
