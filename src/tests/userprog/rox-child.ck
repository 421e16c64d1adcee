# An executable is writable again once no process runs it.
from skiffcheck import *
files('child-rox')
expect('''
(rox-child) begin
(rox-child) open child-rox
(rox-child) read its first byte
child-rox: exit(0)
(rox-child) child-rox wrote 0 bytes to itself
(rox-child) after it exited, writing works
(rox-child) end
rox-child: exit(0)
''')
