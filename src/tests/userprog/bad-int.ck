# An interrupt user mode may not raise kills the process.
from skiffcheck import *
expect('''
(bad-int) begin
bad-int: exit(-1)
''')
