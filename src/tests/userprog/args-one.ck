# One argument.
from skiffcheck import *
run_args('onearg')
expect('''
(args) begin
(args) argc = 2
(args) argv[0] = 'args-one'
(args) argv[1] = 'onearg'
(args) argv[argc] = null
(args) end
args-one: exit(0)
''')
