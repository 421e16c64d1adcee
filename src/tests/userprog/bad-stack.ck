# Writing below the one-page stack kills the process.
from skiffcheck import *
expect('''
(bad-stack) begin
bad-stack: exit(-1)
''')
