# A running program cannot write to its own executable.
from skiffcheck import *
expect('''
(rox-simple) begin
(rox-simple) open my own executable
(rox-simple) read its first byte
(rox-simple) write to it: 0 bytes written
(rox-simple) the byte is unchanged
(rox-simple) end
rox-simple: exit(0)
''')
