# Several arguments.
from skiffcheck import *
run_args('some', 'arguments', 'for', 'you!')
expect('''
(args) begin
(args) argc = 5
(args) argv[0] = 'args-many'
(args) argv[1] = 'some'
(args) argv[2] = 'arguments'
(args) argv[3] = 'for'
(args) argv[4] = 'you!'
(args) argv[argc] = null
(args) end
args-many: exit(0)
''')
