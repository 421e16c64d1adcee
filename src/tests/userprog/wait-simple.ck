# wait() returns the child's exit status.
from skiffcheck import *
files('child-simple')
expect('''
(wait-simple) begin
(child-simple) run
child-simple: exit(81)
(wait-simple) wait(exec()) = 81
(wait-simple) end
wait-simple: exit(0)
''')
