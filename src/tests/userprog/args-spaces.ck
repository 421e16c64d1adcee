# Runs of spaces, leading and trailing ones too, separate words and vanish.
from skiffcheck import *
run_args('  two   spaces!  ')
expect('''
(args) begin
(args) argc = 3
(args) argv[0] = 'args-spaces'
(args) argv[1] = 'two'
(args) argv[2] = 'spaces!'
(args) argv[argc] = null
(args) end
args-spaces: exit(0)
''')
