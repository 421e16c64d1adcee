# A killed child's status is -1, and its parent goes on.
from skiffcheck import *
files('child-simple', 'child-bad')
expect('''
(wait-killed) begin
(child-bad) run
child-bad: exit(-1)
(wait-killed) wait(exec(child-bad)) = -1
(child-simple) run
child-simple: exit(81)
(wait-killed) wait(exec(child-simple)) = 81
(wait-killed) end
wait-killed: exit(0)
''')
