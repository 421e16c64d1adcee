# readdir into kernel memory kills the program.
from skiffcheck import *
expect('''
(readdir-badptr) begin
readdir-badptr: exit(-1)
''')
