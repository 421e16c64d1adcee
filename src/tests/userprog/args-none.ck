# No arguments: argv holds only the program name.
from skiffcheck import *
expect('''
(args) begin
(args) argc = 1
(args) argv[0] = 'args-none'
(args) argv[argc] = null
(args) end
args-none: exit(0)
''')
