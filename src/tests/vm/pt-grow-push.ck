# The stack grows for pushl.
from skiffcheck import *
expect('''
(pt-grow-push) begin
(pt-grow-push) the words pushed are there: yes
pt-grow-push: exit(0)
''')
