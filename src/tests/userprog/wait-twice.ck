# A second wait() for the same child returns -1.
from skiffcheck import *
files('child-simple')
expect('''
(wait-twice) begin
(child-simple) run
child-simple: exit(81)
(wait-twice) first wait = 81
(wait-twice) second wait = -1
(wait-twice) end
wait-twice: exit(0)
''')
