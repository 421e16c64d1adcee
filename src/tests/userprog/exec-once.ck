# exec() a child and wait for it.
from skiffcheck import *
files('child-simple')
expect('''
(exec-once) begin
(child-simple) run
child-simple: exit(81)
(exec-once) exec: ok; wait: 81
(exec-once) end
exec-once: exit(0)
''')
