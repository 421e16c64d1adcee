# readdir lists every entry once, never "." or "..", and removed entries no more.
from skiffcheck import *
expect('''
(dir-readdir) begin
(dir-readdir) mkdir d
(dir-readdir) made five entries, removed n3
(dir-readdir) readdir gave n0, n1, n2 and n4, once each
(dir-readdir) end
dir-readdir: exit(0)
''')
