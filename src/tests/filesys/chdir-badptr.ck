# chdir of a bad pointer kills the program.
from skiffcheck import *
expect('''
(chdir-badptr) begin
chdir-badptr: exit(-1)
''')
