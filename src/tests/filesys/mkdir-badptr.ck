# mkdir of a bad pointer kills the program.
from skiffcheck import *
expect('''
(mkdir-badptr) begin
mkdir-badptr: exit(-1)
''')
