# dir-readdir, then a reboot and a check of what survived.
from skiffcheck import *
reboot("check")
expect('''
(dir-readdir-p) begin
(dir-readdir-p) mkdir d
(dir-readdir-p) made five entries, removed n3
(dir-readdir-p) readdir gave n0, n1, n2 and n4, once each
(dir-readdir-p) end
dir-readdir-p: exit(0)
(dir-readdir-p) begin check
(dir-readdir-p) d still lists four entries
(dir-readdir-p) end check
dir-readdir-p: exit(0)
''')
